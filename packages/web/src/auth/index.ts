export { AcceptInvitePage } from "./AcceptInvitePage.tsx";
export { AuthProvider, type AuthState, requestMe, useAuth, useMe } from "./AuthProvider.tsx";
export { ForgotPasswordPage } from "./ForgotPasswordPage.tsx";
export { FormErrorSummary } from "./FormErrorSummary.tsx";
export { ResetPasswordPage } from "./ResetPasswordPage.tsx";
export { SignInPage } from "./SignInPage.tsx";
export { SignUpPage } from "./SignUpPage.tsx";

export { AcceptInvitePage } from "./AcceptInvitePage.tsx";
export { AuthProvider, type AuthState, useAuth, useMe } from "./AuthProvider.tsx";
export { FormErrorSummary } from "./FormErrorSummary.tsx";
export { SignInPage } from "./SignInPage.tsx";
export { SignUpPage } from "./SignUpPage.tsx";

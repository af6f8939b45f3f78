/** The design system: small, dependency-free components over ui.css. */
export { Badge, StatusLight, type Tone } from "./Badge.tsx";
export { Button } from "./Button.tsx";
export { Card } from "./Card.tsx";
export { Dialog } from "./Dialog.tsx";
export { Field } from "./Field.tsx";
export { FormErrors, normalizePath, unclaimedErrors, useFieldError } from "./form-errors.tsx";
export { NavLink } from "./NavLink.tsx";
export { PageHead } from "./PageHead.tsx";
export { EmptyState, ErrorState, Spinner } from "./states.tsx";
export { type Column, Table } from "./Table.tsx";

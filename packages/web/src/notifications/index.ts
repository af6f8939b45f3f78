/** Notifications in the web app: the bell (coach sidebar, portal header) and the notification centre. */
export { NotificationBell } from "./NotificationBell.tsx";
export { NotificationsPage } from "./NotificationsPage.tsx";

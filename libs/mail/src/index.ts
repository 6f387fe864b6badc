export { Mailer, mailSettingsFrom } from './mailer';
export type { MailSettings, OutgoingMail } from './mailer';
export { linksIn, startMailCatcher } from './mail-catcher';
export type { CaughtMail, MailCatcher } from './mail-catcher';

import { createTransport, Transporter } from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export interface MailSettings {
  /** `SMTP_URL`, e.g. smtp://user:pass@mail.example.org:587; `pnpm start` points it at its local catcher. */
  smtpUrl: string;
  /** `MAIL_FROM`: who TrustOps mail comes from. */
  from: string;
}

export const mailSettingsFrom = (env: NodeJS.ProcessEnv = process.env): MailSettings => ({
  smtpUrl: env.SMTP_URL ?? 'smtp://127.0.0.1:1025',
  from: env.MAIL_FROM ?? 'TrustOps <no-reply@trustops.local>',
});

/** Sends TrustOps mail over SMTP; every message says it was sent by a machine (RFC 3834), so nobody auto-replies. */
export class Mailer {
  private readonly transport: Transporter;

  constructor(private readonly settings: MailSettings = mailSettingsFrom()) {
    this.transport = createTransport(settings.smtpUrl);
  }

  /** Resolves to the Message-ID once the server accepted the message; rejects when it refused or cannot be reached. */
  async send(mail: OutgoingMail): Promise<string> {
    const info = await this.transport.sendMail({
      from: this.settings.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: { 'Auto-Submitted': 'auto-generated' },
    });
    return info.messageId;
  }

  close(): void {
    this.transport.close();
  }
}

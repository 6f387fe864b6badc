import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';

export interface PackMail {
  to: string[];
  subject: string;
  text: string;
  pdf: { filename: string; content: Buffer };
}

/** Board packs out over SMTP (SMTP_URL; REPORTS_FROM names the sender). */
@Injectable()
export class PackMailer implements OnApplicationShutdown {
  private readonly transport: Transporter = createTransport(process.env.SMTP_URL ?? 'smtp://127.0.0.1:1025');

  /** Sends one pack; resolves to the message id, rejects when the server refuses or cannot be reached. */
  async send(mail: PackMail): Promise<string> {
    const info = await this.transport.sendMail({
      from: process.env.REPORTS_FROM ?? 'TrustOps <reports@trustops.local>',
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      attachments: [{ ...mail.pdf, contentType: 'application/pdf' }],
    });
    return info.messageId;
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}

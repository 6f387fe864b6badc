/** The reporting service in its own process, for the kill-and-restart test: migrates, consumes, and says "ready". */
import 'reflect-metadata';
import { bootstrapService } from '@trustops/service-kit';
import { AppModule } from '../app.module';

bootstrapService(AppModule, { port: 0, relay: false })
  .then(() => process.send?.('ready'))
  .catch((error) => {
    process.stderr.write(String(error));
    process.exit(1);
  });

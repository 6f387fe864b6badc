import { readGatewayConfig } from './config';
import { startGateway } from './server';

startGateway(readGatewayConfig()).then(
  (gateway) => {
    // Finish requests in flight (live streams get a short grace), then go.
    const stop = () => void gateway.stop().finally(() => process.exit(0));
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  },
  (error) => {
    process.stderr.write(`gateway failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);

import { readGatewayConfig } from './config';
import { startGateway } from './server';

startGateway(readGatewayConfig()).catch((error) => {
  process.stderr.write(`gateway failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

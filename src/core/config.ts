// Process settings, from the environment.
import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  demo: boolean;
  adminPassword: string | undefined;
  /** Set Secure on cookies (behind HTTPS). */
  secureCookies: boolean;
  logLevel: string;
  /** Maximum failed/total login attempts per IP and minute. */
  loginRateLimit: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT không hợp lệ: ${env.PORT}`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.COSO_DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    demo: env.COSO_DEMO !== '0',
    adminPassword: env.COSO_ADMIN_PASSWORD || undefined,
    secureCookies: env.COSO_SECURE_COOKIES === '1',
    logLevel: env.COSO_LOG_LEVEL ?? 'info',
    loginRateLimit: Number(env.COSO_LOGIN_RATE_LIMIT ?? 10),
  };
}

/** Runtime environment, read through a variable so bundlers never inline it at build time. */
const env = process.env;

export function isProduction(): boolean {
  return env.NODE_ENV === "production";
}

export function apiUrl(): string {
  return env.API_URL ?? `http://127.0.0.1:${env.API_PORT ?? "4000"}/graphql`;
}

export function readEnv(name: string): string | undefined {
  const value = env[name];
  return value === undefined || value === "" ? undefined : value;
}

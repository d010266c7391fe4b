export default async function globalTeardown(): Promise<void> {
  const cluster = (globalThis as { __embeddedPostgres?: { stop(): Promise<void> } }).__embeddedPostgres;
  await cluster?.stop();
}

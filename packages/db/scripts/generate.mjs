// Runs `prisma generate` without letting the CLI download its native schema engine:
// generation does not use that engine, so any existing file satisfies the CLI's check.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const schema = fileURLToPath(new URL("../../../prisma/schema.prisma", import.meta.url));
const result = spawnSync("prisma", ["generate", "--schema", schema], {
  stdio: "inherit",
  shell: process.platform === "win32",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);

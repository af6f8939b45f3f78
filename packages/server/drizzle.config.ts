import { defineConfig } from "drizzle-kit";

// `npx drizzle-kit generate --config packages/server/drizzle.config.ts` writes SQL migrations.
export default defineConfig({
  dialect: "postgresql",
  schema: "./packages/server/src/db/schema*.ts",
  out: "./packages/server/drizzle",
});

import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./scripts/chromium";

const PORT = 4173;
const BASE_PATH_PORT = 4174;
const FIXTURE_PORT = 4175;

export default defineConfig({
  testDir: "tests/e2e",
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: [
    { command: `node scripts/serve.mjs out ${PORT}`, port: PORT, reuseExistingServer: false },
    { command: `node scripts/serve.mjs out-fixture ${FIXTURE_PORT}`, port: FIXTURE_PORT, reuseExistingServer: false },
    { command: `BASE_PATH=/rcp node scripts/serve.mjs out-basepath ${BASE_PATH_PORT}`, port: BASE_PATH_PORT, reuseExistingServer: false },
  ],
});

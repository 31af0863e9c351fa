import { defineConfig } from "@playwright/test";

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
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium",
      args: [
        "--no-sandbox",
        "--headless",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: [
    { command: `node scripts/serve.mjs out ${PORT}`, port: PORT, reuseExistingServer: false },
    { command: `node scripts/serve.mjs out-fixture ${FIXTURE_PORT}`, port: FIXTURE_PORT, reuseExistingServer: false },
    { command: `BASE_PATH=/rcp node scripts/serve.mjs out-basepath ${BASE_PATH_PORT}`, port: BASE_PATH_PORT, reuseExistingServer: false },
  ],
});

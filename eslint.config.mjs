import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  { ignores: ["node_modules/**", ".next/**", ".next-*/**", "out/**", "out-*/**", "next-env.d.ts", "tests/fixtures/**", "test-results/**", "playwright-report/**"] },
];

export default config;

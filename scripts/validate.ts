/** `npm run validate` (and `prebuild`): check all content, print every problem, exit non-zero on any. */
import { loadContentFrom } from "../src/lib/content/load";
import { ContentValidationError } from "../src/lib/content/problems";

const root = process.argv[2] ?? process.env.CONTENT_ROOT ?? process.cwd();

try {
  const { processes, registries, filesRead } = loadContentFrom(root);
  console.log(
    `Content is valid: read ${filesRead} file${filesRead === 1 ? "" : "s"} in content/processes/, loaded ${processes.length} record${processes.length === 1 ? "" : "s"}; ` +
      `${registries.countries.countries.length} countries, ${registries.themes.length} themes, ${registries.organizations.length} organisations, ${registries.groups.length} groups.`,
  );
} catch (error) {
  if (!(error instanceof ContentValidationError)) throw error;
  console.error(error.message);
  process.exit(1);
}

/** `npm run report`: per record, its dated status, the sources used and every departure from a source's stated figure. */
import { loadContentFrom } from "../src/lib/content/load";
import { ContentValidationError } from "../src/lib/content/problems";
import { dataReport, formatDataReport } from "../src/lib/dataReport";

try {
  const content = loadContentFrom(process.env.CONTENT_ROOT ?? process.cwd());
  console.log(formatDataReport(dataReport(content.processes)));
} catch (error) {
  if (!(error instanceof ContentValidationError)) throw error;
  console.error(error.message);
  process.exit(1);
}

/** `npm run report`: per record, the sources used and every departure from a source's stated figure. */
import { loadContentFrom } from "../src/lib/content/load";
import { dataReport, formatDataReport } from "../src/lib/dataReport";

const content = await loadContentFrom(process.env.CONTENT_ROOT ?? process.cwd());
console.log(formatDataReport(dataReport(content)));

/**
 * The content loader, one fixture per failure case (tests/fixtures/<case>/), each asserting on the
 * catalogue name and the exact report line of every problem it must give, and on nothing else.
 * Cases that need bytes git would not keep (bad UTF-8, CRLF, a BOM, a case twin) are made here.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { afterEach, describe, expect, it } from "vitest";
import { mayHaveBodyProblems, parseAndCheck, renderBody } from "@/lib/content/body";
import { ERRORS, type ErrorName } from "@/lib/content/errors";
import { loadContentFrom } from "@/lib/content/load";
import { ContentValidationError, formatProblem } from "@/lib/content/problems";
import { contentOf, FIXTURES, fixtureRoot, namedLines, problemsOf, PROJECT_ROOT, removeFixtureRoots, TODAY } from "./fixtures";

afterEach(removeFixtureRoots);

const P = "content/processes";
const R = "content/registries";
const ALIAS = "anchors and aliases (&name, *name) are not allowed in content: write the value out";
const NOT_YAML = (first: string) => `the first line is "${first}": frontmatter is YAML only, and the first line must be exactly ---`;
const REGIONS = "africa, americas, asia-pacific, europe, middle-east, mediterranean, global";

type Case = [fixture: string, expected: [ErrorName, string][]];

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("nothing was thrown");
}

const CASES: Record<string, Case[]> = {
  countries: [
    ["unknown-country", [
      ["UnknownCountryCode", `${P}/broken.md:9: members.1: unknown country code "XYZ"`],
      ["UnknownCountry", `${P}/broken.md:9: members.2: unknown country "Atlantis": use an ISO alpha-3 code or add the spelling to content/registries/country-variants.yaml`],
      ["UnknownCountry", `${P}/broken.md:9: members.3: unknown country "Ghanna" (did you mean "Ghana"?): use an ISO alpha-3 code or add the spelling to content/registries/country-variants.yaml`],
    ]],
    ["lower-case-code", [["LowerCaseCountryCode", `${P}/broken.md:9: members.0: country codes are upper case: write "GHA"`]]],
    ["ambiguous-country", [
      ["AmbiguousCountry", `${P}/broken.md:11: members.1: "Korea" is ambiguous (KOR or PRK): write the code and say in notes how the context settles it`],
    ]],
    ["country-twice", [["CountryListedTwice", `${P}/broken.md:9: members.2: GHA is listed twice`]]],
    ["two-roles", [["CountryInTwoRoles", `${P}/broken.md:10: observerStates.0: NGA is listed as member (members.1) and as observer`]]],
  ],
  "fields and values": [
    ["unknown-theme", [["UnknownTheme", `${P}/broken.md:11: themes.1: unknown theme "labor-migration" (did you mean "labour-migration"?)`]]],
    ["unknown-organization", [
      ["UnknownOrganization", `${P}/broken.md:10: observerOrganizations.1: unknown organisation "UNHCR" (did you mean "unhcr"?): add it to content/registries/organizations.yaml`],
    ]],
    ["wrong-kind", [["NotInList", `${P}/broken.md:3: kind: "regional" is not allowed here: use one of rcp, irf, global`]]],
    ["missing-name", [["MissingField", `${P}/broken.md:2: name: name is missing`]]],
    ["missing-kind", [["MissingField", `${P}/broken.md:2: kind: kind is missing (one of rcp, irf, global)`]]],
    ["unknown-key", [["UnknownField", `${P}/broken.md:8: founded: unknown field (did you mean "foundedYear"?)`]]],
    ["bad-region", [["NotInList", `${P}/broken.md:4: regions.1: "atlantis" is not allowed here: use one of ${REGIONS}`]]],
    ["bad-year", [["YearOutOfRange", `${P}/broken.md:8: foundedYear: 3000 must be between 1945 and 2026`]]],
    ["negative-count", [
      ["NegativeCount", `${P}/broken.md:13: statedCounts.0.count: a count cannot be negative`],
      ["NegativeCount", `${P}/broken.md:15: claims.0.value: a count cannot be negative`],
    ]],
    ["bad-claim-value", [["NotInList", `${P}/broken.md:13: claims.0.value: "banana" is not allowed here: use one of active, inactive, succeeded, unknown`]]],
    ["bad-claim-field", [
      ["UnknownClaimField", `${P}/broken.md:13: claims.0.field: field must be one of name, kind, status, foundedYear, endedYear, memberCount, secretariat, chair, launchedBy, event, and value must suit it`],
    ]],
    ["bad-date", [["BadDate", `${P}/broken.md:13: meetings.0.date: "2013-02-31" must be a real date: YYYY, YYYY-MM or YYYY-MM-DD`]]],
    ["date-after-today", [["DateInFuture", `${P}/broken.md:13: meetings.0.date: 2027-03 is after today`]]],
    ["meeting-after-source", [
      ["MeetingAfterSource", `${P}/broken.md:13: meetings.0.date: 2017-11 is after its source iom-iscm-2017 (2017-06): a meeting the source announces as forthcoming needs planned: true`],
    ]],
    ["no-sources", [["NoSources", `${P}/broken.md:12: sources: a record must cite at least one source, e.g. - { id: iom-iscm-2017, asOf: 2017-06 }`]]],
    ["bad-values", [
      ["NotInList", `${P}/broken.md:4: regions.1: "atlantis" is not allowed here: use one of ${REGIONS}`],
      ["BadUrl", `${P}/broken.md:12: websites.0: must be a full http(s) URL`],
      ["BadAsOf", `${P}/broken.md:13: sources.0.asOf: "June 2017" must be a real YYYY or YYYY-MM date, e.g. 2017-06`],
    ]],
    ["structural-and-reference", [
      ["MissingField", `${P}/broken.md:2: name: name is missing`],
      ["NotInList", `${P}/broken.md:3: kind: "regional" is not allowed here: use one of rcp, irf, global`],
      ["UnknownCountryCode", `${P}/broken.md:9: members.1: unknown country code "XYZ"`],
      ["UnknownTheme", `${P}/broken.md:11: themes.0: unknown theme "space-tourism"`],
    ]],
  ],
  references: [
    ["unknown-group", [
      ["UnknownGroup", `${P}/broken.md:10: memberGroups.0.group: unknown group "eu-99" (did you mean "eu-28"?): define it in content/registries/groups.yaml, or use unnamedGroups`],
    ]],
    ["unknown-source", [["UnknownSource", `${P}/broken.md:13: claims.0.source: unknown source "wikipedia"`]]],
    ["source-not-cited", [["SourceNotCited", `${P}/broken.md:13: claims.0.source: source "harns-2013" is used here but not listed in sources`]]],
    ["unknown-references", [
      ["UnknownGroup", `${P}/broken.md:10: memberGroups.0.group: unknown group "eu-99" (did you mean "eu-28"?): define it in content/registries/groups.yaml, or use unnamedGroups`],
      ["UnknownOrganization", `${P}/broken.md:11: observerOrganizations.1: unknown organisation "ministry-of-magic": add it to content/registries/organizations.yaml`],
      ["SourceNotCited", `${P}/broken.md:15: claims.0.source: source "harns-2013" is used here but not listed in sources`],
      ["UnknownSource", `${P}/broken.md:16: claims.1.source: unknown source "wikipedia"`],
    ]],
    ["succession-not-mutual", [
      ["SuccessionNotMutual", `${P}/old-process.md:8: successor: "new-process" does not name "old-process" as its predecessor`],
      ["SuccessionNotMutual", `${P}/second-forum.md:8: predecessor: "first-forum" does not name "second-forum" as its successor`],
    ]],
    // The predecessor's file exists but fails its schema: its own problem only, no "no record".
    ["broken-predecessor-target", [["NotInList", `${P}/old-process.md:3: kind: "regional" is not allowed here: use one of rcp, irf, global`]]],
    ["no-such-record", [["NoSuchRecord", `${P}/broken.md:8: predecessor: no record "vanished-process" in content/processes/`]]],
    ["duplicate-name", [["DuplicateName", `${P}/second.md:2: name.en: content/processes/first.md has the same English name`]]],
  ],
  "status and secretariat": [
    ["founded-null", [["NullYearNeedsNote", `${P}/broken.md:8: foundedYear: null needs a foundedNote saying that no source gives the year`]]],
    ["active-on-old-evidence", [
      ["ActiveOnOldEvidence", `${P}/broken.md:5: status: status "active" needs the newest source document; the newest source cited here is of 2005: use unknown`],
    ]],
    ["succeeded-without-successor", [["SucceededWithoutSuccessor", `${P}/broken.md:5: status: a succeeded process must name its successor`]]],
    ["secretariat-without-organization", [
      ["SecretariatNeedsOrganization", `${P}/broken.md:10: secretariat.organizations: a secretariat of type "organization" names the organisation(s) in organizations`],
    ]],
  ],
  bodies: [
    ["raw-html-body", [["BodyRawHtml", `${P}/broken.md:18: raw HTML is not allowed in a body (it is removed from the page): use Markdown`]]],
    ["javascript-link", [["BodyUnsafeLink", `${P}/broken.md:16: link "javascript:alert(1)" is not allowed: use an http(s), mailto or site-relative link`]]],
    ["external-image", [["BodyExternalImage", `${P}/broken.md:18: image "https://example.org/map.png" is not on this site: images must be site-relative`]]],
  ],
  YAML: [
    ["yaml-syntax", [["YamlSyntax", `${P}/broken.md:3: YAML syntax: Flow map in block collection must be sufficiently indented and end with a }`]]],
    ["colon-in-value", [["YamlColonInValue", `${P}/broken.md:8: a value that contains ": " must be in quotes, e.g. title: "Rabat: the declaration"`]]],
    ["comma-in-flow-value", [
      ["YamlCommaInValue", `${P}/broken.md:13: claims.0: a value inside { … } that contains ", " must be in quotes: YAML read "besides the stated total." as a field of its own, e.g. { note: "One, two" }`],
    ]],
    ["duplicate-yaml-key", [["YamlDuplicateKey", `${P}/broken.md:9: kind: this field is given twice in the same place; keep one`]]],
    // Billion laughs: one problem per line that anchors or aliases, nothing expanded.
    ["alias-bomb", Array.from({ length: 10 }, (_, i): [ErrorName, string] => ["YamlAlias", `${P}/broken.md:${12 + i}: ${ALIAS}`])],
    ["unresolved-alias", [["YamlAlias", `${P}/broken.md:10: ${ALIAS}`]]],
    ["unknown-tag", [["YamlUnknownTag", `${P}/broken.md:8: the YAML tag !secret is not allowed: write a plain value`]]],
  ],
  frontmatter: [
    ["frontmatter-json", [["FrontmatterNotYaml", `${P}/broken.md:1: ${NOT_YAML("---json")}`]]],
    ["frontmatter-toml", [["FrontmatterNotYaml", `${P}/broken.md:1: ${NOT_YAML("---toml")}`]]],
    ["frontmatter-four-dashes", [["FrontmatterNotYaml", `${P}/broken.md:1: ${NOT_YAML("----")}`]]],
    ["frontmatter-unclosed", [["FrontmatterUnclosed", `${P}/broken.md:1: no closing --- line: the frontmatter must end with a line that is exactly ---`]]],
    ["no-frontmatter", [
      ["NoFrontmatter", `${P}/broken.md:1: the file must start with a line that is exactly --- (YAML frontmatter), then the fields, then another --- line`],
    ]],
    ["frontmatter-empty", [["FrontmatterEmpty", `${P}/broken.md:1: the frontmatter is empty (or only comments): a record needs its fields`]]],
    ["frontmatter-comments-only", [["FrontmatterEmpty", `${P}/broken.md:1: the frontmatter is empty (or only comments): a record needs its fields`]]],
    ["frontmatter-list", [["FrontmatterNotMapping", `${P}/broken.md:2: the frontmatter must be fields (name: value), not a list or a single value`]]],
  ],
  files: [
    ["hidden-record", [["HiddenRecord", `${P}/.draft.md: a file whose name starts with a dot is hidden and would be missed: rename it without the dot`]]],
    ["folder-named-md", [["NotARecordFile", `${P}/x.md: a folder named *.md does not belong in content/processes/: only <slug>.md files do`]]],
    ["stray-file", [["NotARecordFile", `${P}/notes.txt: "notes.txt" does not belong in content/processes/: only <slug>.md files do`]]],
    ["zero-records", [["NoRecords", `${P}: content/processes/ holds no records`]]],
  ],
  registries: [
    ["registry-duplicate", [["DuplicateId", `${R}/themes.yaml:4: labour-migration.id: duplicate id "labour-migration"`]]],
    // A broken registry entry is reported by its id; records using it get no false "unknown theme".
    ["registry-entry-broken", [
      ["UnknownTheme", `${P}/uses-unknown-theme.md:11: themes.1: unknown theme "space-tourism"`],
      ["MissingField", `${R}/themes.yaml:12: labour-migration.definition: definition is missing`],
    ]],
    ["registry-duplicate-organization-name", [["DuplicateEntryName", `${R}/organizations.yaml:8: oim.name: duplicate name "International organization for migration"`]]],
    ["countries-override-unknown-code", [
      ["OverrideUnknownCode", `${R}/countries.yaml:8: overrides.1.name: XAT is not in the country package: a new entity needs a name`],
    ]],
    ["countries-match-nothing", [
      ["MatchesNothing", `${R}/countries.yaml:1: exclude.1: QQQ matches no country in the package`],
      ["MatchesNothing", `${R}/countries.yaml:4: recode.QQX: QQX matches no country in the package`],
    ]],
    ["group-unknown-source", [
      ["UnknownSource", `${R}/groups.yaml:4: ecowas-15.membersFrom.source: unknown source "iom-iscm-2071" (did you mean "iom-iscm-2017"?)`],
    ]],
  ],
};

describe("content validation: one fixture per failure case", () => {
  for (const [group, cases] of Object.entries(CASES)) {
    describe(group, () => {
      it.each(cases)("%s", (fixture, expected) => {
        expect(namedLines(problemsOf(fixture))).toEqual(expected);
      });
    });
  }

  it("every catalogue name asserted above exists in the catalogue", () => {
    const names = Object.values(CASES).flatMap((cases) => cases.flatMap(([, expected]) => expected.map(([name]) => name)));
    for (const name of names) expect(ERRORS[name]?.name).toBe(name);
  });

  it("problems carry file, line, field, message and the catalogue name", () => {
    const [problem] = problemsOf("unknown-theme");
    expect(problem).toEqual({
      file: `${P}/broken.md`,
      line: 11,
      field: "themes.1",
      message: 'unknown theme "labor-migration" (did you mean "labour-migration"?)',
      error: "UnknownTheme",
    });
    expect(formatProblem(problem)).toBe(`${P}/broken.md:11: themes.1: ${problem.message}`);
  });

  it("throws ContentValidationError with the report: lines, count, hints", () => {
    const error = thrownBy(() => loadContentFrom(fixtureRoot("structural-and-reference"), { today: TODAY }));
    expect(error).toBeInstanceOf(ContentValidationError);
    const { message, problems } = error as ContentValidationError;
    expect(problems).toHaveLength(4);
    expect(message.split("\n").slice(0, 5)).toEqual([...problems.map(formatProblem), "4 problems found in content/."]);
    expect(message).toContain(`\nHow to fix them:\n  ${ERRORS.MissingField.title}: ${ERRORS.MissingField.hint}`);
  });

  it("refuses duplicate and malformed slugs", () => {
    // The twin that differs only in case is made here: git checkouts on case-insensitive disks could not hold both.
    const addTwin = (root: string) => {
      const dir = path.join(root, P);
      writeFileSync(path.join(dir, "MIDSA.md"), readFileSync(path.join(dir, "midsa.md"), "utf8").replace("{ en: One }", "{ en: Two }"));
    };
    expect(namedLines(problemsOf("duplicate-slug", addTwin))).toEqual([
      ["DuplicateSlug", `${P}/MIDSA.md: duplicate slug: content/processes/midsa.md has the same slug (letter case aside)`],
      ["BadSlug", `${P}/MIDSA.md: file name "MIDSA" is not a valid slug: use lower-case kebab-case, e.g. budapest-process`],
    ]);
  });

  it.each([
    ["holds only a .gitkeep", () => {}],
    ["is empty", (root: string) => rmSync(path.join(root, P, ".gitkeep"))],
    ["is missing", (root: string) => rmSync(path.join(root, P), { recursive: true })],
  ])("reports no records when content/processes/ %s", (_, prepare) => {
    expect(namedLines(problemsOf("zero-records", prepare))).toEqual([["NoRecords", `${P}: content/processes/ holds no records`]]);
  });

  it("reports a missing registry file as missing", () => {
    const removeRegions = (root: string) => rmSync(path.join(root, R, "regions.yaml"));
    expect(namedLines(problemsOf("valid", removeRegions))).toEqual([["RegistryMissing", `${R}/regions.yaml: registry file is missing`]]);
  });

  it("never runs ---js frontmatter (which would write a marker file)", () => {
    let marker = "";
    const root = fixtureRoot("frontmatter-js", (r) => {
      marker = path.join(r, "marker.txt");
      const file = path.join(r, P, "broken.md");
      writeFileSync(file, readFileSync(file, "utf8").replace("__MARKER__", JSON.stringify(marker)));
    });
    const text = readFileSync(path.join(root, P, "broken.md"), "utf8");
    const error = thrownBy(() => loadContentFrom(root, { today: TODAY }));
    expect(error).toBeInstanceOf(ContentValidationError);
    expect(namedLines((error as ContentValidationError).problems)).toEqual([["FrontmatterNotYaml", `${P}/broken.md:1: ${NOT_YAML("---js")}`]]);
    expect(existsSync(marker)).toBe(false);
    // The fixture is a real attack: a front-matter parser that evaluates ---js does write the file.
    matter(text);
    expect(readFileSync(marker, "utf8")).toBe("ran");
  });
});

describe("content files as bytes", () => {
  const VALID = `${P}/sample-process.md`;
  const rewrite = (file: string, change: (bytes: Buffer) => Buffer) => (root: string) => {
    const full = path.join(root, file);
    writeFileSync(full, change(readFileSync(full)));
  };
  const crlf = (bytes: Buffer) => Buffer.from(bytes.toString("utf8").replace(/\n/g, "\r\n"));
  const bom = (bytes: Buffer) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
  /** Inserts raw bytes at the start of a 1-based line. */
  const bytesAtLine = (line: number, inserted: number[]) => (bytes: Buffer) => {
    let offset = 0;
    for (let l = 1; l < line; l++) offset = bytes.indexOf(0x0a, offset) + 1;
    return Buffer.concat([bytes.subarray(0, offset), Buffer.from(inserted), bytes.subarray(offset)]);
  };
  const NOT_UTF8 = "the file has bytes that are not valid UTF-8 here; save it as UTF-8";

  it.each([
    ["a byte that is never UTF-8", 14, [0xff]],
    ["a cut-off sequence", 9, [0xc3, 0x28]],
    ["an encoded surrogate", 20, [0xed, 0xa0, 0x80]],
    ["an overlong form", 2, [0xe0, 0x80, 0xaf]],
  ])("reports bad UTF-8 (%s) at the line of the bad byte", (_, line, bytes) => {
    expect(namedLines(problemsOf("valid", rewrite(VALID, bytesAtLine(line, bytes))))).toEqual([["NotUtf8", `${VALID}:${line}: ${NOT_UTF8}`]]);
  });

  it("accepts CRLF line endings and a BOM, with identical data", () => {
    const plain = contentOf("valid").processes;
    expect(contentOf("valid", rewrite(VALID, crlf)).processes).toEqual(plain);
    expect(contentOf("valid", rewrite(VALID, bom)).processes).toEqual(plain);
    expect(contentOf("valid", rewrite(VALID, (b) => bom(crlf(b)))).processes).toEqual(plain);
  });

  it.each([
    ["unknown-theme", `${P}/broken.md`],
    ["raw-html-body", `${P}/broken.md`],
    ["duplicate-yaml-key", `${P}/broken.md`],
    ["registry-entry-broken", `${R}/themes.yaml`],
  ])("reports a problem in a CRLF file (%s) on the same line as in the LF file", (fixture, file) => {
    const lf = problemsOf(fixture);
    expect(problemsOf(fixture, rewrite(file, crlf))).toEqual(lf);
    expect(problemsOf(fixture, rewrite(file, (b) => bom(crlf(b))))).toEqual(lf);
  });
});

describe("the valid fixture", () => {
  const content = contentOf("valid");
  const [sample] = content.processes;

  it("loads without problems and stores countries written by name as codes", () => {
    expect(content.processes).toHaveLength(1);
    expect(content.filesRead).toBe(1);
    const members = sample.current.memberships.filter((m) => m.role === "member");
    expect(members.filter((m) => !m.viaGroup).map((m) => m.country)).toEqual(["GHA", "SWZ", "CIV", "TUR"]);
    expect(members.filter((m) => m.viaGroup === "eu-28")).toHaveLength(28);
    expect(sample.chair).toEqual([{ country: "GHA", role: "chair", asOf: "2017-06", source: "iom-iscm-2017" }]);
  });

  it("uses every part of a record", () => {
    expect(sample).toMatchObject({
      slug: "sample-process",
      status: "active",
      statusAsOf: "2017-06",
      statusSource: "iom-iscm-2017",
      secretariat: { type: "organization", organizations: ["iom"] },
      lastReported: "2017-06",
    });
    expect(sample.current.covers).toEqual(["member", "observer"]);
    expect(sample.current.unnamedGroups).toEqual([expect.objectContaining({ name: "ACP states", count: 79, role: "member" })]);
    expect(new Set(sample.claims.map((c) => c.field))).toEqual(new Set(["foundedYear", "memberCount", "chair", "event"]));
    expect(sample.lists.map((l) => [l.asOf, l.source, l.current])).toEqual([["2013-05", "harns-2013", false], ["2017-06", "iom-iscm-2017", true]]);
    expect(sample.meetings.map((m) => [m.date, m.planned])).toEqual([["2013-04-19", false], ["2013-11", true]]);
    expect(sample.body).not.toMatch(/<[a-z]/i);
  });

  it("renders a footnote with working links: every #target exists", () => {
    const html = renderBody(sample.body);
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    expect(targets.length).toBeGreaterThanOrEqual(4); // two references and their back links
    for (const target of targets) expect(ids, `no id="${target}"`).toContain(target);
    expect(html).toContain("<strong>bold</strong>");
  });
});

describe("record bodies", () => {
  it.each(["raw-html-body", "javascript-link"])("renders the body of %s without its markup or script", (fixture) => {
    const text = readFileSync(path.join(FIXTURES, fixture, "processes/broken.md"), "utf8");
    const html = renderBody(text.slice(text.indexOf("\n---\n", 3) + 5));
    expect(html).toContain("<h3>Purpose</h3>");
    expect(html).not.toMatch(/<script|__pwned|javascript:/i);
  });
});

describe("the body check's shortcut", () => {
  // Bodies the shortcut might misjudge: each construct that can carry HTML, a URL or an image, in
  // the spellings Markdown allows. Whenever the shortcut says "nothing to report", the full parse
  // must agree; the bodies with problems must each be sent to the full parse.
  const tricky = [
    "Plain prose with *emphasis*, a list:\n\n- one\n- two\n\n## A heading",
    "<b>bold</b>",
    "a <!-- comment --> here",
    "an autolink <javascript:alert(1)>",
    "[click](javascript:alert(1))",
    "[click]( javascript:alert(1) )",
    "[click][r]\n\n[r]: javascript:alert(1)",
    "[r]\n\n[r]:\n  vbscript:x",
    "![x](https://example.org/x.png)",
    "![x][i]\n\n[i]: //example.org/x.png",
    "write to xmpp:someone@example.org now",
    "XMPP:someone@example.org",
    "www.example.org and https://example.org and a@example.org and mailto:a@example.org",
    "a footnote[^1]\n\n[^1]: The source, p. 3.",
    "escaped \\[not a link\\](javascript:x) and &#91;x&#93;&#40;javascript:x&#41;",
    "`<code>` and ``[x](javascript:y)``",
    "    indented <b>code</b>",
    "text [x] (javascript:x) with a space",
    "an entity &lt;b&gt; only",
  ];
  it.each(tricky)("agrees with the full parse: %j", (body) => {
    const full = parseAndCheck(body, 1);
    if (!mayHaveBodyProblems(body)) expect(full).toEqual([]);
    if (full.length) expect(mayHaveBodyProblems(body)).toBe(true);
  });

  it("lets the real records' bodies skip the parse, and finds nothing the parse would", () => {
    for (const p of loadContentFrom(PROJECT_ROOT, { today: TODAY }).processes) {
      if (!mayHaveBodyProblems(p.body)) expect(parseAndCheck(p.body, 1)).toEqual([]);
    }
  });
});

describe("npm run validate", () => {
  // Each spawn costs seconds: one for a valid project, one for a broken one.
  const validate = (root: string) =>
    spawnSync("npx", ["tsx", "scripts/validate.ts", root], { cwd: PROJECT_ROOT, encoding: "utf8", env: { ...process.env, CONTENT_ROOT: "" } });

  it("says what it read and loaded", () => {
    const result = validate(fixtureRoot("valid"));
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Content is valid: read 1 file in content\/processes\/, loaded 1 record; \d+ countries/);
  });

  it("lists every problem, the count and how to fix them, and exits 1", () => {
    const result = validate(fixtureRoot("structural-and-reference"));
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.trimEnd().split("\n")).toEqual([
      `${P}/broken.md:2: name: name is missing`,
      `${P}/broken.md:3: kind: "regional" is not allowed here: use one of rcp, irf, global`,
      `${P}/broken.md:9: members.1: unknown country code "XYZ"`,
      `${P}/broken.md:11: themes.0: unknown theme "space-tourism"`,
      "4 problems found in content/.",
      "",
      "How to fix them:",
      ...(["MissingField", "NotInList", "UnknownCountryCode", "UnknownTheme"] as const).map((n) => `  ${ERRORS[n].title}: ${ERRORS[n].hint}`),
    ]);
  });
});

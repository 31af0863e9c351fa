/** One fixture per failure case: each must fail with a message naming the file, line and field. */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContentFrom } from "@/lib/content/load";
import { fixtureRoot, problemLines, PROJECT_ROOT } from "./fixtures";

describe("content validation", () => {
  it("accepts a valid record and stores countries written by name as codes", async () => {
    const { processes } = await loadContentFrom(fixtureRoot("valid"));
    const [sample] = processes;
    const members = sample.current.memberships.filter((m) => m.role === "member");
    expect(members.filter((m) => !m.viaGroup).map((m) => m.country)).toEqual(["GHA", "SWZ", "CIV", "TUR"]);
    expect(members.filter((m) => m.viaGroup === "eu-28")).toHaveLength(28);
    expect(sample.chair[0].country).toBe("GHA");
  });

  it("names an unknown country code and an unknown country name", async () => {
    expect(await problemLines("unknown-country")).toEqual([
      'content/processes/broken.md:7: members.1: unknown country code "XYZ"',
      'content/processes/broken.md:7: members.2: unknown country "Atlantis": use an ISO alpha-3 code or add the spelling to content/registries/country-variants.yaml',
    ]);
  });

  it("refuses an ambiguous country name and points at its line", async () => {
    expect(await problemLines("ambiguous-country")).toEqual([
      'content/processes/broken.md:9: members.1: "Korea" is ambiguous (KOR or PRK): write the code and say in notes how the context settles it',
    ]);
  });

  it("names an unknown theme", async () => {
    expect(await problemLines("unknown-theme")).toEqual(['content/processes/broken.md:8: themes.1: unknown theme "space-tourism"']);
  });

  it("names a wrong kind with the allowed values", async () => {
    expect(await problemLines("wrong-kind")).toEqual(['content/processes/broken.md:3: kind: must be one of "rcp", "irf", "global"']);
  });

  it("names a missing required field", async () => {
    expect(await problemLines("missing-name")).toEqual(["content/processes/broken.md:2: name: required field is missing"]);
  });

  it("refuses an unknown key and suggests the field meant", async () => {
    expect(await problemLines("unknown-key")).toEqual(['content/processes/broken.md:7: memebrs: unknown field (did you mean "members"?)']);
  });

  it("refuses a country listed twice or in two roles of one snapshot", async () => {
    expect(await problemLines("two-roles")).toEqual([
      "content/processes/broken.md:7: members.2: GHA is listed twice",
      "content/processes/broken.md:8: observerStates.0: NGA is listed as member (members.1) and as observer",
    ]);
  });

  it("reports every bad value of a file together: region, year, URL, date", async () => {
    expect(await problemLines("bad-values")).toEqual([
      'content/processes/broken.md:4: regions.1: must be one of "africa", "americas", "asia-pacific", "europe", "middle-east", "mediterranean", "global"',
      "content/processes/broken.md:6: foundedYear: must be 1980 or later",
      "content/processes/broken.md:8: websites.0: must be a full http(s) URL",
      "content/processes/broken.md:10: sources.0.asOf: must be YYYY or YYYY-MM, e.g. 2017-06",
    ]);
  });

  it("names unknown groups, organisations and sources, and sources used but not cited", async () => {
    expect(await problemLines("unknown-references")).toEqual([
      'content/processes/broken.md:8: memberGroups.0.group: unknown group "eu-99": define it in content/registries/groups.yaml',
      'content/processes/broken.md:9: observerOrganizations.1: unknown organisation "ministry-of-magic": add it to content/registries/organizations.yaml',
      'content/processes/broken.md:12: claims.0.source: source "harns-2013" is used here but not listed in sources',
      'content/processes/broken.md:13: claims.1.source: unknown source "wikipedia" (known: mc-inf-266, iom-2005, scpf-30, harns-2013, iom-iscm-2017)',
    ]);
  });

  it("requires predecessor and successor to point at each other", async () => {
    expect(await problemLines("succession-not-mutual")).toEqual([
      'content/processes/old-process.md:7: successor: "new-process" does not name "old-process" as its predecessor',
    ]);
  });

  it("refuses duplicate and malformed slugs", async () => {
    // The twin that differs only in case is made here: git checkouts on case-insensitive disks could not hold both.
    const addTwin = (root: string) => copyFileSync(path.join(root, "content/processes/midsa.md"), path.join(root, "content/processes/MIDSA.md"));
    expect(await problemLines("duplicate-slug", addTwin)).toEqual([
      "content/processes/midsa.md: duplicate slug: content/processes/MIDSA.md has the same slug",
      'content/processes/MIDSA.md: file name "MIDSA" is not a valid slug: use lower-case kebab-case, e.g. budapest-process',
    ]);
  });

  it("reports YAML syntax errors with their line", async () => {
    const [line] = await problemLines("yaml-syntax");
    expect(line).toMatch(/^content\/processes\/broken\.md:3: YAML syntax: /);
  });

  it("checks registries the same way", async () => {
    expect(await problemLines("registry-duplicate")).toEqual(['content/registries/themes.yaml:4: 1.id: duplicate id "labour-migration"']);
  });
});

describe("npm run validate and npm run build", () => {
  const run = (script: string, root: string) =>
    spawnSync("npm", ["run", "--silent", script], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, CONTENT_ROOT: root },
      encoding: "utf8",
    });

  it("validate lists every problem, then a count, and exits non-zero", () => {
    const result = run("validate", fixtureRoot("bad-values"));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("content/processes/broken.md:6: foundedYear: must be 1980 or later");
    expect(result.stderr).toContain("4 problems found in content/.");
  });

  it("build stops before Next.js runs when content is broken", () => {
    const result = run("build", fixtureRoot("unknown-key"));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('content/processes/broken.md:7: memebrs: unknown field (did you mean "members"?)');
    expect(result.stdout + result.stderr).not.toContain("Creating an optimized production build");
  });

  it("validate passes on the project's own content", () => {
    const output = execFileSync("npm", ["run", "--silent", "validate"], { cwd: PROJECT_ROOT, encoding: "utf8" });
    expect(output).toMatch(/^Content is valid: \d+ processes/);
  });
});

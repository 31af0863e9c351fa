import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { pageMetadata } from "@/lib/pageMetadata";
import { formatPartialDate } from "@/lib/labels";
import { dataAsOf } from "@/lib/openData";
import { getSiteData } from "@/lib/siteData";
import { siteConfig } from "@/site.config";

export const metadata: Metadata = pageMetadata({
  title: "About",
  description: "What regional consultative processes, inter-regional forums and global processes on migration are, how this directory was compiled from five IOM documents (2003–2017), and how to suggest a correction.",
  path: "/about/",
});

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="mt-10 scroll-mt-4">
      <h2 id={`${id}-heading`} className="mb-3 text-2xl font-semibold">
        {title}
      </h2>
      <div className="space-y-3">{children}</div>
    </section>
  );
}

export default async function AboutPage() {
  const data = await getSiteData();
  const asOf = formatPartialDate(dataAsOf(data.content));
  const sourceCount = data.registries.sources.length;

  return (
    <article className="max-w-3xl">
      <Breadcrumbs trail={[{ href: "/", label: "Home" }, { label: "About" }]} />
      <h1 className="text-3xl font-bold tracking-tight">About {siteConfig.name}</h1>
      <p className="mt-3 text-lg text-slate-800">
        Governments that send, receive or see migrants pass through their territory have, since the 1980s, set up standing
        forums where their officials meet to talk migration over with one another. Nobody signs a treaty there. {siteConfig.name}{" "}
        lists {data.processes.length} of these forums, who sits in each and in what capacity, and what they work on.
      </p>

      <Part id="kinds" title="Three kinds of forum">
        <h3 className="text-lg font-semibold">Regional consultative processes (RCPs)</h3>
        <p>
          An RCP is a circle of states that keeps meeting, again and again, for the sole purpose of discussing migration.
          The meetings are deliberately low-key: officials share information and compare practice without having to defend
          a national negotiating position, and whatever they agree commits no one. That informality is the point — it is
          what lets trust, working contacts and common understanding grow between governments, and between ministries
          within a government.
        </p>
        <p>
          &ldquo;Regional&rdquo; is looser than it sounds. Many RCPs follow a map of migration routes rather than a map of
          continents, bringing together countries of origin, transit and destination that share a problem even when they
          share no border. Most stand on their own; some are the migration strand of a broader regional body, such as an
          economic community, and those can edge closer to formal, binding agreements than the classic RCP would.
        </p>
        <h3 className="text-lg font-semibold">Inter-regional forums (IRFs)</h3>
        <p>
          An inter-regional forum joins two or more regions — Africa and Europe, say, or Asia and the Gulf — in a dialogue on
          migration that does not quite fit the RCP mould. It may be more formal and more political, hang off a wider
          partnership between regional blocs, meet mainly as occasional high-level conferences instead of a steady rhythm of
          working meetings, or simply not see itself as an RCP. The label came into use around 2010 and its edges are still
          debated.
        </p>
        <h3 className="text-lg font-semibold">Global processes</h3>
        <p>
          Global processes are open to states from every region, usually to every member of the United Nations or of IOM,
          and often to international organisations and civil society as well. They tend to be large, periodic gatherings
          rather than closed circles.
        </p>
        <p>
          The lines between the three are not sharp, and the source documents do not always draw them in the same place.
          Each record takes its kind from the newest source; where an older one classified it differently, the profile says
          so under &ldquo;sources differ&rdquo;. <Link href="/processes/">Browse all of them</Link>.
        </p>
      </Part>

      <Part id="method" title="How the data was compiled">
        <p>
          Everything here comes from {sourceCount} documents written by or for the International Organization for Migration
          between 2003 and 2017, listed with their dates on the <Link href="/sources/">sources page</Link>. They overlap: most
          forums appear in several of them, described at different moments.
        </p>
        <ul className="list-disc space-y-2 pl-5">
          <li>
            <strong>Newest first for current facts.</strong> A record&rsquo;s members, observers, secretariat, chair and
            priorities come from the newest document that covers it, and every list says which document and which date it
            reflects. The newest document dates from about {asOf}, so &ldquo;current&rdquo; means current as of then, not
            today.
          </li>
          <li>
            <strong>Older documents are kept, not overwritten.</strong> Their membership lists become dated snapshots, shown
            as membership over time on each profile. Where they give a different founding year, member count, secretariat or
            classification, each version is kept with its source and the profile shows the disagreement as &ldquo;sources
            differ&rdquo; rather than silently picking one.
          </li>
          <li>
            <strong>Stated totals and named lists are both kept.</strong> A document may announce a number of members that
            does not match the names it prints, or count a bloc such as the European Union&rsquo;s member states without
            naming them. Both the stated total and the named list are recorded. A bloc is expanded to its members at the
            document&rsquo;s date, and those countries are marked as taking part through it.
          </li>
          <li>
            <strong>One name per country.</strong> The documents spell countries in many ways, some of them historical
            (Swaziland, Ivory Coast, the former Yugoslav Republic of Macedonia). Each is matched to its ISO code and shown
            under its current short name, with the other spellings kept so that a search for either finds it.
          </li>
          <li>
            <strong>Checked on every build.</strong> Each forum is one text file. Before the site is built, every file is
            checked: a country, theme, organisation or source that is not in the registries, a missing citation or a misspelt
            field stops the build with a message naming the file and the field. Nothing is dropped quietly.
          </li>
          <li>
            <strong>Our words, their facts.</strong> Descriptions are written for this site; names, dates, lists and figures
            are the documents&rsquo;.
          </li>
        </ul>
        <p>
          The data behind every page can be downloaded as JSON and CSV from the <Link href="/data/">open data page</Link>.
          The <Link href="/sources/report/">data report</Link> lists, record by record, every place where the data departs
          from a figure a source states, and why.
        </p>
      </Part>

      <Part id="corrections" title="Suggest a correction">
        <p>
          If something is wrong, missing or out of date, please{" "}
          <a href={siteConfig.correctionsUrl} rel="external noopener">
            tell us
          </a>
          . Say which page, what should change, and where that is stated — ideally a published document we can cite, since
          every fact here needs a source. Changes after 2017 need a newer source than the five used so far, and will be
          added with that source and its date.
        </p>
      </Part>
    </article>
  );
}

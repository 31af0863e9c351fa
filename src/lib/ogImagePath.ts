/** Where a profile's preview image is published, root-relative without the base path (written by scripts/og-images.ts). */
export function ogImagePath(slug: string): string {
  return `/og/${slug}.png`;
}

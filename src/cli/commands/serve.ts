/** `dateline serve` (placeholder until its work lands). */
export async function run(_argv: string[]): Promise<number> {
  process.stderr.write('dateline serve: not implemented yet\n');
  return 2;
}

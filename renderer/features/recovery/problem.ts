// The core's reason a workspace file could not be trusted (an SQLite message or a check's
// finding) in words a coach can read; the original stays available as technical detail.
export function plainProblem(problem: string): string {
  if (/not a SQLite database|file is not a database/i.test(problem)) {
    return 'The file is no longer a database Cadence can read: its beginning was overwritten, or another kind of file took its place.';
  }
  if (/malformed|corrupt|quick_check|disk image|integrity/i.test(problem)) {
    return 'Parts of the file are damaged, so Cadence cannot trust what it holds.';
  }
  return 'Cadence could not read the file safely.';
}

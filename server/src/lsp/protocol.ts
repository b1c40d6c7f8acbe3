/**
 * The custom protocol between the vn-notice client and server: one source of truth for the
 * method names and their payloads (ARCHITECTURE.md §9). No run-time imports, so the client
 * bundle can import it without pulling in the server.
 */

/** Server → client, sent with every publishDiagnostics of a document: the reviewer's verdict. */
export const VERDICT_NOTIFICATION = 'vnNotice/verdict';

export interface VerdictParams {
  uri: string;
  /** False when the document is not (or no longer) checked as a notice: the client hides the verdict. */
  checked: boolean;
  /** No error and no warning remains ("Sẵn sàng trình ký"). */
  ready: boolean;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  /** The verdict in the server's message language. */
  label: string;
}

/** Client → server: the Markdown review report of an open document (null if not a checked notice). */
export const REVIEW_REPORT_REQUEST = 'vnNotice/reviewReport';

export interface ReviewReportParams {
  uri: string;
}

export interface ReviewReportResult {
  markdown: string;
  /** The file name the report is about. */
  fileName: string;
}

/**
 * workspace/executeCommand: inserts "<place of the issuer>, ngày DD tháng MM năm YYYY" with
 * today's date; the server sends the edit with workspace/applyEdit. Argument: InsertPlaceDateArgs.
 */
export const INSERT_PLACE_DATE_COMMAND = 'vnNotice.insertPlaceDate';

export interface InsertPlaceDateArgs {
  uri: string;
  /** Where to insert (the cursor); without it, the place/date position of the notice. */
  position?: { line: number; character: number };
}

/**
 * Node flags the client starts the server with (and the benchmark and load tests too, so that
 * they measure the same process). A young generation of at most 2 MB per semi-space, not V8's
 * 16 MB: the server lives all day and its garbage is short-lived per lint, so the larger
 * nursery only raised the resident memory (RSS after a 16 KB notice 101 → 87 MB, after a 1 MB
 * one 150 → 119 MB) without making a lint faster. V8 reads it only at start-up.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=2'];

import { Button } from "../../ui/index.ts";
import type { UploadProgress } from "./upload.ts";

const MB = 1024 * 1024;
const size = (bytes: number) => (bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

/** Bytes sent as a real progress bar; once sent, an indeterminate bar while the server reads the file. */
export function UploadBar({
  what,
  progress,
  onCancel,
}: {
  what: string;
  progress: UploadProgress;
  onCancel: () => void;
}) {
  const sending = progress.phase === "sending";
  const pct = sending && progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : 0;
  const label = sending
    ? `${what}: uploading ${size(progress.loaded)} of ${size(progress.total)} (${pct}%)`
    : `${what}: uploaded, the server is reading the file…`;
  return (
    <div className="upload-bar">
      <p id="upload-label" aria-live="polite">
        {label}
      </p>
      {sending ? (
        <progress aria-labelledby="upload-label" max={100} value={pct} />
      ) : (
        <progress aria-labelledby="upload-label" />
      )}
      <div className="btn-row">
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}

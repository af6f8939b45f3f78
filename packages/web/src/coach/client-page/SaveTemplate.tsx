import type { MethodEntry, SaveClientMethodTemplateRequest } from "@spotter/contracts";
import { useState } from "react";
import { Link } from "wouter";
import { post } from "../../api/client.ts";
import { useApiMutation } from "../../api/mutation.ts";
import { Button, Dialog, Field, FormErrors } from "../../ui/index.ts";

/** `org:` + kebab-case from the name, plus a short suffix so saving twice never collides. */
const templateId = (name: string, suffix: string) =>
  `org:${
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80) || "template"
  }-${suffix}`;

/**
 * "Save as template": the method this client's drafts follow now (their own copy when the coach
 * tuned one) becomes an organization method others can be assigned. The client keeps theirs.
 */
export function SaveTemplate({ clientId, currentName }: { clientId: string; currentName: string }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [saved, setSaved] = useState<MethodEntry>();
  const save = useApiMutation({
    request: (body: SaveClientMethodTemplateRequest) =>
      post<MethodEntry>(`/api/clients/${clientId}/method/template`, body),
    invalidates: () => [["methods"]],
  });
  function openDialog() {
    setName(`${currentName} (template)`);
    setSaved(undefined);
    save.reset();
    setOpen(true);
  }
  function submit(e: React.FormEvent) {
    e.preventDefault();
    const suffix = Date.now().toString(36).slice(-5);
    save.mutate({ id: templateId(name, suffix), name: name.trim() }, { onSuccess: (m) => setSaved(m) });
  }
  return (
    <>
      <Button size="sm" onClick={openDialog}>
        Save as template…
      </Button>
      <Dialog open={open} title="Save this client's program as a template" onClose={() => setOpen(false)}>
        {saved ? (
          <p role="status">
            Saved as <Link href={`/methods/${encodeURIComponent(saved.method.id)}`}>{saved.method.name}</Link>: assign
            it to other clients from Methods.
          </p>
        ) : (
          <FormErrors errors={save.error?.fields ?? []}>
            <form onSubmit={submit}>
              <p className="muted small">Copies the days, slots and doses this client follows now into your methods.</p>
              {save.error && save.error.fields.length === 0 ? (
                <p className="notice notice-red" role="alert">
                  {save.error.message}
                </p>
              ) : null}
              <Field label="Template name" name="name">
                <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} />
              </Field>
              <div className="btn-row">
                <Button type="submit" variant="primary" busy={save.isPending}>
                  Save template
                </Button>
              </div>
            </form>
          </FormErrors>
        )}
      </Dialog>
    </>
  );
}

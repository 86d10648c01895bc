// The draft being filled: kept on this device on every change (so an expired session or a
// lost connection loses nothing), saved to the server shortly after typing stops, and never
// silently overwriting someone else's save — a stale revision becomes a visible conflict.
import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { deleteAt, type Fault, type JsonObject, type Scores } from '../../../server/engine/index.js';
import { ApiError } from '../api/errors';
import { request } from '../api/graphql';
import { graphql } from '../gql';

export interface DraftDoc {
  data: Record<string, unknown>;
  selfScores: Scores;
  /** 合理缺项: { code: reason }; absent in an older device copy. */
  notApplicable?: Record<string, string>;
}

/** `partial`: everything was saved except the answers the server refused (kept on this device, shown at their fields). */
export type SaveState = 'saved' | 'dirty' | 'saving' | 'failed' | 'conflict' | 'partial';

const SAVE = graphql(`mutation SaveAssessmentDraft($id: ID!, $data: JSON!, $rev: Int!, $self: JSON, $na: JSON) {
  saveAssessmentDraft(id: $id, data: $data, expectedRevision: $rev, selfScores: $self, notApplicable: $na) { id revision } }`);
const AUTOSAVE_MS = 1200;

interface Backup extends DraftDoc {
  revision: number;
}

const backupKey = (id: string) => `zb.draft.${id}`;

export function readBackup(id: string): Backup | undefined {
  try {
    return JSON.parse(localStorage.getItem(backupKey(id)) ?? 'null') ?? undefined;
  } catch {
    return undefined;
  }
}

export function useDraft(id: string, initial: DraftDoc & { revision: number }, editable: boolean) {
  // A local copy made from the same revision is newer than what the server has (read once).
  const [restored] = useState(() => {
    const backup = readBackup(id);
    return editable && backup && backup.revision === initial.revision ? backup : undefined;
  });
  const [doc, setDoc] = useState<DraftDoc>(restored ? { data: restored.data, selfScores: restored.selfScores, notApplicable: restored.notApplicable ?? initial.notApplicable } : initial);
  const [revision, setRevision] = useState(initial.revision);
  const [state, setState] = useState<SaveState>(restored ? 'dirty' : 'saved');
  const [error, setError] = useState<unknown>();
  /** Answers the server refused at the last save (wrong type, too long…): not saved, still here. */
  const [held, setHeld] = useState<Fault[]>([]);
  const latest = useRef({ doc, revision });
  latest.current = { doc, revision: Math.max(revision, latest.current.revision) };
  /** The document as last saved (or as loaded). */
  const savedDoc = useRef<DraftDoc | undefined>(restored ? undefined : doc);

  const change = useCallback((next: Partial<DraftDoc>) => {
    setDoc((d) => {
      const merged = { ...d, ...next };
      localStorage.setItem(backupKey(id), JSON.stringify({ ...merged, revision: latest.current.revision }));
      return merged;
    });
    setState('dirty');
  }, [id]);

  // One save at a time, in order: the draft's saves share one mutation scope, so an autosave in
  // flight and a submit's save never race each other with the same revision (the second would
  // be a needless conflict). Each reads the draft when its turn comes, not when it was asked for.
  const { mutateAsync } = useMutation({ mutationFn: (atRevision?: number) => saveNow(atRevision), scope: { id: `draft:${id}` } });
  const save = useCallback((atRevision?: number): Promise<boolean> => mutateAsync(atRevision), [mutateAsync]);

  const saveNow = async (atRevision?: number): Promise<boolean> => {
    const { doc: current, revision: rev } = latest.current;
    setState('saving');
    const send = (data: Record<string, unknown>) => request(SAVE, {
      id, data, self: current.selfScores, na: current.notApplicable ?? null, rev: atRevision ?? rev,
    });
    try {
      let refused: Fault[] = [];
      let r: { saveAssessmentDraft: { revision: number } };
      try {
        r = await send(current.data);
      } catch (err) {
        // One bad answer must not stop the rest from being saved: leave out what the server
        // refused in the answers, save everything else, and keep the refused ones here.
        refused = err instanceof ApiError && err.code === 'BAD_USER_INPUT' && err.faults.length > 0 && err.faults.every((f) => f.path.startsWith('/data/')) ? err.faults : [];
        if (refused.length === 0) throw err;
        r = await send(withoutPaths(current.data, refused.map((f) => f.path)));
      }
      setRevision(r.saveAssessmentDraft.revision);
      latest.current.revision = r.saveAssessmentDraft.revision;
      setHeld(refused);
      setError(undefined);
      if (refused.length) {
        // The device copy stays, at the new revision, so a reload brings back what the server did not take.
        localStorage.setItem(backupKey(id), JSON.stringify({ ...latest.current.doc, revision: r.saveAssessmentDraft.revision }));
        // Typing during the save still needs saving: only an unchanged draft rests as `partial`.
        setState(latest.current.doc === current ? 'partial' : 'dirty');
        return false;
      }
      // Only what was saved is clean: typing during the save keeps the draft dirty.
      savedDoc.current = current;
      if (latest.current.doc === current) {
        localStorage.removeItem(backupKey(id));
        setState('saved');
      } else setState('dirty');
      return true;
    } catch (err) {
      setError(err);
      setState(err instanceof ApiError && err.code === 'CONFLICT' ? 'conflict' : 'failed');
      return false;
    }
  };

  useEffect(() => {
    if (state !== 'dirty' || !editable) return;
    const timer = setTimeout(() => void save(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [doc, state, save, editable]);

  /** Someone else saved first: take their version, dropping ours. */
  const takeTheirs = useCallback((theirs: DraftDoc & { revision: number }) => {
    localStorage.removeItem(backupKey(id));
    const doc = { data: theirs.data, selfScores: theirs.selfScores, notApplicable: theirs.notApplicable };
    setDoc(doc);
    savedDoc.current = doc;
    latest.current = { doc, revision: theirs.revision };
    setRevision(theirs.revision);
    setState('saved');
    setError(undefined);
  }, [id]);

  /** Someone else saved first: save ours on top of their revision, knowingly. */
  const keepMine = useCallback((theirRevision: number) => save(theirRevision), [save]);

  /** Whether everything typed is on the server; read at the moment of asking, not of rendering. */
  const isSaved = useCallback(() => latest.current.doc === savedDoc.current, []);
  /** The revision the server has now (a save may have finished since the last render). */
  const currentRevision = useCallback(() => latest.current.revision, []);

  return { doc, change, revision, state, error, held, save, takeTheirs, keepMine, restored: !!restored, isSaved, currentRevision };
}

/** `data` without the values at the given `/data/…` pointers (a row stays in place: JSON sends the hole as null, an empty cell). */
function withoutPaths(data: Record<string, unknown>, pointers: string[]): Record<string, unknown> {
  const out = structuredClone(data) as JsonObject;
  for (const pointer of pointers) deleteAt(out, pointer.split('/').slice(2).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~')));
  return out;
}

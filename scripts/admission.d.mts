import type { IncomingMessage, ServerResponse } from 'node:http';

export type Admit = {
  (
    req: IncomingMessage,
    res: ServerResponse,
    run: () => unknown,
    fail?: (error: unknown) => void,
  ): void;
  stats(): { active: number; waiting: number };
};

export function admissionGate(options: {
  limit: number;
  queueLimit: number;
  bypass?: (req: IncomingMessage) => boolean;
  onReject?: (req: IncomingMessage) => void;
}): Admit;

export function bypassesQueue(url?: string): boolean;

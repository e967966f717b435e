'use client';

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: '3rem', textAlign: 'center' }}>
        <h1>Service unavailable</h1>
        <p>The service is temporarily unavailable. Try again in a moment.</p>
        {error.digest && <p>Reference: {error.digest}</p>}
      </body>
    </html>
  );
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite locates its wasm through import.meta.url, which bundling breaks.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2'],
  agentRules: false,
  experimental: { agentUpgrade: false },
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          // No other site may frame the console (clickjacking on "Yes").
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
        ],
      },
    ];
  },
  // Lets a test or benchmark build beside the developer's own `.next`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
};

export default nextConfig;

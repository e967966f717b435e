/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite locates its wasm through import.meta.url, which bundling breaks.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2'],
  agentRules: false,
  experimental: { agentUpgrade: false },
  poweredByHeader: false,
  // Lets a test or benchmark build beside the developer's own `.next`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
};

export default nextConfig;

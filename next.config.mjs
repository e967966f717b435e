/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite locates its wasm through import.meta.url, which bundling breaks.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2'],
  agentRules: false,
  experimental: { agentUpgrade: false },
  poweredByHeader: false,
};

export default nextConfig;

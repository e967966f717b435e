import type { Metadata, Viewport } from 'next';

import { IconSprite } from '@/components/icons';
import { Toaster } from '@/components/toaster';

import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Customer Console', template: '%s · Customer Console' },
  description: 'Customer accounts, users and domains on the edge network.',
  icons: { icon: '/icon.svg' },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <IconSprite />
        <Toaster>{children}</Toaster>
      </body>
    </html>
  );
}

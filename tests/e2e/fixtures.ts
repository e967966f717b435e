// The known data every e2e run starts from. Names are non-ASCII on purpose.
import type { Database } from '@/db';
import { hashPassword } from '@/lib/password';

import { makeCustomer, makeDomain, makeUser } from '../support/fixtures';

export const PASSWORDS = {
  admin: 'admin-e2e-password-1',
  support: 'support-e2e-password-1',
  customer: 'customer-e2e-password-1',
} as const;

export type Person = { email: string; password: string; fullName: string };
export type Account = { id: number; name: string };

export type E2eState = {
  users: { admin: Person; support: Person; customer: Person };
  customers: Record<CustomerKey, Account>;
  fillerCount: number;
};

type CustomerKey =
  | 'nordlicht'
  | 'societe'
  | 'osaka'
  | 'ijssel'
  | 'ijsselLabs'
  | 'mueller'
  | 'hellas'
  | 'editTarget'
  | 'staleTarget'
  | 'deleteTarget'
  | 'filler07';

export const FILLER_COUNT = 27;

export async function loadFixtures(db: Database): Promise<E2eState> {
  const add = async (name: string, address: string, parent?: Account) => {
    const row = await makeCustomer(db, { name, address, parentId: parent?.id ?? null });
    return { id: row.id, name: row.name };
  };

  const nordlicht = await add('Nordlicht Holding AG', 'Hafenstraße 12\n20457 Hamburg');
  const societe = await add('Société Générale de Réseaux', '5 rue de la Paix\n75002 Paris', nordlicht);
  const osaka = await add('大阪配信株式会社', '大阪府大阪市北区梅田1-1-1', societe);
  const ijssel = await add('Ĳssel Hosting B.V.', 'Kade 3\n8011 Zwolle', societe);
  const ijsselLabs = await add('Ĳssel Edge Labs', 'Kade 5\n8011 Zwolle', ijssel);
  const mueller = await add('Müller & Söhne GmbH', 'Königsallee 1\n40212 Düsseldorf', nordlicht);
  const hellas = await add('Ελληνικά Δίκτυα Α.Ε.', 'Οδός Ερμού 10\n105 63 Αθήνα');
  const editTarget = await add('Édition Ångström SARL', '1 place Bellecour\n69002 Lyon');
  const staleTarget = await add('Ñandú Redes S.L.', 'Calle Mayor 7\n28013 Madrid');
  const deleteTarget = await add('Česká Doména s.r.o.', 'Václavské náměstí 1\n110 00 Praha', hellas);

  let filler07: Account | undefined;
  for (let n = 1; n <= FILLER_COUNT; n += 1) {
    const label = String(n).padStart(2, '0');
    const row = await add(`Filler Kunde ${label}`, `Teststraße ${n}\nBerlin`, hellas);
    if (n === 7) filler07 = row;
    // A few domains on some, so sorting by domain count has something to do.
    for (let d = 0; d < n % 4; d += 1) {
      await makeDomain(db, row.id, `d${d}.filler-${label}.example`);
    }
  }
  for (let d = 0; d < 5; d += 1) {
    await makeDomain(db, (filler07 as Account).id, `x${d}.filler-07.example`);
  }

  await makeDomain(db, osaka.id, 'www.osaka-haishin.jp');
  await makeDomain(db, osaka.id, 'static.osaka-haishin.jp', {
    httpPorts: [80],
    scheme: 'http',
    originPort: 8080,
    cacheMode: 'off',
    cacheTtlSeconds: null,
    redirectMode: 'none',
    certExpiresOn: null,
    tlsProtocols: [],
    wafMode: 'detect',
  });
  await makeDomain(db, osaka.id, 'api.osaka-haishin.jp', { originHost: '-origin.osaka-haishin.jp' });
  await makeDomain(db, mueller.id, 'shop.mueller-soehne.de');
  // bücher.müller-söhne.de, stored as punycode.
  await makeDomain(db, mueller.id, 'xn--bcher-kva.xn--mller-shne-kcb9d.de');
  await makeDomain(db, hellas.id, 'www.diktya.gr');
  await makeDomain(db, deleteTarget.id, 'www.ceska-domena.cz');
  await makeDomain(db, deleteTarget.id, 'mail.ceska-domena.cz');
  await makeUser(db, { role: 'customer', customerId: deleteTarget.id, fullName: 'Jiří Novák', email: 'jiri@ceska-domena.cz' });

  const person = async (
    role: 'admin' | 'support' | 'customer',
    fullName: string,
    email: string,
    customerId: number | null = null,
  ): Promise<Person> => {
    const password = PASSWORDS[role];
    await makeUser(db, { role, customerId, fullName, email, passwordHash: await hashPassword(password) });
    return { email, password, fullName };
  };

  return {
    users: {
      admin: await person('admin', 'Ada Admin', 'admin@e2e.test'),
      support: await person('support', 'Søren Support', 'support@e2e.test'),
      customer: await person('customer', 'Chloé Client', 'chloe@e2e.test', societe.id),
    },
    customers: {
      nordlicht,
      societe,
      osaka,
      ijssel,
      ijsselLabs,
      mueller,
      hellas,
      editTarget,
      staleTarget,
      deleteTarget,
      filler07: filler07 as Account,
    },
    fillerCount: FILLER_COUNT,
  };
}

/**
 * Word lists for demo customers, addresses and people in the scripts the
 * portal's customers write in. Each brand and person name carries an ASCII
 * form for host names and email addresses.
 */
export type Pair = readonly [native: string, ascii: string];

export type Locale = {
  code: string;
  /** Relative share of customers in this locale. */
  weight: number;
  tlds: readonly string[];
  brands: readonly Pair[];
  sectors: readonly string[];
  legal: readonly string[];
  /** `{brand}`, `{sector}` and `{legal}` are filled in. */
  nameForms: readonly string[];
  streets: readonly string[];
  /** City, postcode, and the rest of the line (district, region). */
  cities: ReadonlyArray<readonly [string, string, string]>;
  /** `{n}`, `{street}`, `{city}`, `{zip}`, `{area}`, `{floor}`, lines by \n. */
  addressForms: readonly string[];
  given: readonly Pair[];
  family: readonly Pair[];
  familyFirst: boolean;
};

const en: Locale = {
  code: 'en',
  weight: 26,
  tlds: ['com', 'net', 'io', 'co.uk', 'com.au', 'us', 'org'],
  brands: [
    ['Northwind', 'northwind'], ['Bluefin', 'bluefin'], ['Harbor', 'harbor'],
    ['Silverline', 'silverline'], ['Redwood', 'redwood'], ['Keystone', 'keystone'],
    ['Brightpath', 'brightpath'], ['Ironclad', 'ironclad'], ['Maple', 'maple'],
    ['Summit', 'summit'], ['Lighthouse', 'lighthouse'], ['Copperleaf', 'copperleaf'],
    ['Granite', 'granite'], ['Falcon', 'falcon'], ['Evergreen', 'evergreen'],
    ['Atlas', 'atlas'], ['Pinnacle', 'pinnacle'], ['Riverbend', 'riverbend'],
  ],
  sectors: [
    'Networks', 'Media', 'Logistics', 'Health', 'Retail', 'Bank',
    'Insurance', 'Software', 'Hosting', 'Games', 'Travel', 'Energy',
  ],
  legal: ['Inc.', 'LLC', 'Ltd.', 'plc', 'Pty Ltd', 'Group'],
  nameForms: ['{brand} {sector} {legal}', '{brand} {sector}', '{brand} {legal}'],
  streets: [
    'Market Street', 'Harbour Road', 'King Street West', 'Mission Street',
    'Elm Avenue', 'Collins Street', 'High Street', 'Broadway',
  ],
  cities: [
    ['San Francisco', '94105', 'CA'], ['Seattle', '98101', 'WA'],
    ['Austin', '78701', 'TX'], ['London', 'EC2A 4NE', 'United Kingdom'],
    ['Manchester', 'M1 1AE', 'United Kingdom'], ['Melbourne', '3000', 'VIC'],
  ],
  addressForms: [
    '{n} {street}\nSuite {floor}00\n{city}, {area} {zip}',
    '{n} {street}\n{city} {zip}\n{area}',
    'Floor {floor}, {n} {street}\n{city}\n{area} {zip}',
  ],
  given: [
    ['Emma', 'emma'], ['Liam', 'liam'], ['Olivia', 'olivia'], ['Noah', 'noah'],
    ['Grace', 'grace'], ['Jack', 'jack'], ['Chloe', 'chloe'], ['Ethan', 'ethan'],
  ],
  family: [
    ['Smith', 'smith'], ['Johnson', 'johnson'], ['Brown', 'brown'],
    ["O'Neill", 'oneill'], ['Taylor', 'taylor'], ['Walker', 'walker'],
  ],
  familyFirst: false,
};

const vi: Locale = {
  code: 'vi',
  weight: 10,
  tlds: ['vn', 'com.vn', 'com'],
  brands: [
    ['Minh Phát', 'minhphat'], ['Đông Á', 'donga'], ['Hưng Thịnh', 'hungthinh'],
    ['Sài Gòn Xanh', 'saigonxanh'], ['Phương Nam', 'phuongnam'],
    ['Thành Công', 'thanhcong'], ['Việt Tiến', 'viettien'], ['Bình Minh', 'binhminh'],
  ],
  sectors: ['Viễn thông', 'Thương mại', 'Công nghệ', 'Truyền thông', 'Dữ liệu'],
  legal: ['Công ty TNHH', 'Công ty Cổ phần', 'Tập đoàn'],
  nameForms: ['{legal} {sector} {brand}', '{legal} {brand}'],
  streets: ['Đường Lê Lợi', 'Đường Nguyễn Huệ', 'Phố Hàng Bài', 'Đường Trần Hưng Đạo'],
  cities: [
    ['Thành phố Hồ Chí Minh', '700000', 'Phường Bến Nghé, Quận 1'],
    ['Hà Nội', '100000', 'Phường Tràng Tiền, Quận Hoàn Kiếm'],
    ['Đà Nẵng', '550000', 'Phường Hải Châu 1, Quận Hải Châu'],
  ],
  addressForms: [
    'Số {n} {street}\n{area}\n{city} {zip}\nViệt Nam',
    'Tầng {floor}, Tòa nhà {n} {street}\n{area}, {city}\nViệt Nam',
  ],
  given: [
    ['Anh', 'anh'], ['Hương', 'huong'], ['Dũng', 'dung'], ['Thảo', 'thao'],
    ['Quang', 'quang'], ['Lan', 'lan'],
  ],
  family: [
    ['Nguyễn', 'nguyen'],
    ['Trần', 'tran'],
    ['Lê', 'le'],
    ['Phạm', 'pham'],
  ],
  familyFirst: true,
};

const fr: Locale = {
  code: 'fr',
  weight: 8,
  tlds: ['fr', 'be', 'ch', 'com'],
  brands: [
    ['Éclair', 'eclair'], ['Côte d’Azur', 'cotedazur'], ['Lumière', 'lumiere'],
    ['Château Vert', 'chateauvert'], ['Boréal', 'boreal'], ['Mistral', 'mistral'],
    ['Épicerie Fine', 'epiceriefine'], ['Forêt Noire', 'foretnoire'],
  ],
  sectors: ['Réseaux', 'Télécom', 'Médias', 'Assurances', 'Édition', 'Santé'],
  legal: ['SA', 'SAS', 'SARL', '& Cie'],
  nameForms: ['{brand} {sector} {legal}', 'Groupe {brand}', '{brand} {legal}'],
  streets: [
    'rue de la République', 'boulevard Haussmann', 'avenue Jean-Jaurès',
    'quai Saint-Étienne', 'rue du Faubourg Saint-Honoré',
  ],
  cities: [
    ['Paris', '75008', 'France'], ['Lyon', '69002', 'France'],
    ['Genève', '1204', 'Suisse'], ['Bruxelles', '1000', 'Belgique'],
  ],
  addressForms: [
    '{n} {street}\n{zip} {city}\n{area}',
    '{n} bis, {street}\nBâtiment B, {floor}e étage\n{zip} {city}\n{area}',
  ],
  given: [
    ['Élodie', 'elodie'], ['François', 'francois'], ['Chloé', 'chloe'],
    ['Jérôme', 'jerome'], ['Inès', 'ines'], ['Théo', 'theo'],
  ],
  family: [
    ['Lefèvre', 'lefevre'], ['Dubois', 'dubois'], ['Girard', 'girard'],
    ['Mercier', 'mercier'], ['Benoît', 'benoit'],
  ],
  familyFirst: false,
};

const de: Locale = {
  code: 'de',
  weight: 8,
  tlds: ['de', 'at', 'ch', 'com'],
  brands: [
    ['Müller', 'mueller'], ['Nordstern', 'nordstern'], ['Grünwald', 'gruenwald'],
    ['Bäckerei Schön', 'baeckerei-schoen'], ['Weißenburg', 'weissenburg'],
    ['Alpenglühen', 'alpengluehen'], ['Rheinblick', 'rheinblick'],
    ['Fuchs & Söhne', 'fuchs-soehne'],
  ],
  sectors: ['Netzwerke', 'Versicherungen', 'Logistik', 'Medien', 'Energie'],
  legal: ['GmbH', 'AG', 'KG', 'GmbH & Co. KG', 'e.K.'],
  nameForms: ['{brand} {sector} {legal}', '{brand} {legal}'],
  streets: ['Königstraße', 'Hauptstraße', 'Maximilianstraße', 'Große Bleichen'],
  cities: [
    ['Stuttgart', '70173', 'Deutschland'], ['München', '80539', 'Deutschland'],
    ['Hamburg', '20354', 'Deutschland'], ['Wien', '1010', 'Österreich'],
  ],
  addressForms: [
    '{street} {n}\n{zip} {city}\n{area}',
    '{street} {n}, {floor}. OG\nz. Hd. Buchhaltung\n{zip} {city}\n{area}',
  ],
  given: [
    ['Jürgen', 'juergen'], ['Lena', 'lena'], ['Jörg', 'joerg'],
    ['Sophie', 'sophie'], ['Maximilian', 'maximilian'],
  ],
  family: [
    ['Müller', 'mueller'], ['Schröder', 'schroeder'], ['Weiß', 'weiss'],
    ['Krüger', 'krueger'], ['Becker', 'becker'],
  ],
  familyFirst: false,
};

const pl: Locale = {
  code: 'pl',
  weight: 5,
  tlds: ['pl', 'com.pl', 'eu'],
  brands: [
    ['Łączność', 'lacznosc'], ['Żagiel', 'zagiel'], ['Świetlik', 'swietlik'],
    ['Gęśla', 'gesla'], ['Bór Mazowiecki', 'bormazowiecki'], ['Źródło', 'zrodlo'],
  ],
  sectors: ['Telekomunikacja', 'Media', 'Handel', 'Usługi Internetowe'],
  legal: ['Sp. z o.o.', 'S.A.', 'Sp.k.'],
  nameForms: ['{brand} {sector} {legal}', '{brand} {legal}'],
  streets: ['ul. Świętokrzyska', 'ul. Marszałkowska', 'al. Jerozolimskie', 'ul. Długa'],
  cities: [
    ['Warszawa', '00-049', 'Polska'], ['Kraków', '31-042', 'Polska'],
    ['Gdańsk', '80-831', 'Polska'], ['Łódź', '90-136', 'Polska'],
  ],
  addressForms: [
    '{street} {n}/{floor}\n{zip} {city}\n{area}',
    '{street} {n}, lok. {floor}\n{zip} {city}\n{area}',
  ],
  given: [
    ['Małgorzata', 'malgorzata'], ['Paweł', 'pawel'], ['Zofia', 'zofia'],
    ['Łukasz', 'lukasz'],
  ],
  family: [
    ['Wójcik', 'wojcik'], ['Kowalczyk', 'kowalczyk'], ['Zieliński', 'zielinski'],
    ['Dąbrowska', 'dabrowska'],
  ],
  familyFirst: false,
};

const ja: Locale = {
  code: 'ja',
  weight: 8,
  tlds: ['jp', 'co.jp', 'com'],
  brands: [
    ['さくら', 'sakura'], ['富士', 'fuji'], ['青空', 'aozora'], ['大和', 'yamato'],
    ['ひかり', 'hikari'], ['北斗', 'hokuto'], ['みなと', 'minato'], ['若葉', 'wakaba'],
  ],
  sectors: ['通信', 'ネットワークス', 'メディア', '商事', 'システムズ', '物流'],
  legal: ['株式会社', '合同会社', '有限会社'],
  nameForms: ['{legal}{brand}{sector}', '{brand}{sector}{legal}'],
  streets: ['渋谷', '丸の内', '梅田', '栄'],
  cities: [
    ['東京都渋谷区', '150-0002', '渋谷ヒカリエ'], ['東京都千代田区', '100-0005', '新丸の内ビル'],
    ['大阪府大阪市北区', '530-0001', 'グランフロント大阪'], ['愛知県名古屋市中区', '460-0008', '栄ビル'],
  ],
  addressForms: [
    '〒{zip}\n{city}{street}{floor}-{n}-1\n{area} {floor}階',
    '〒{zip} {city}{street}{floor}丁目{floor}番{n}号\n{area}',
  ],
  given: [['翔太', 'shota'], ['陽子', 'yoko'], ['健', 'ken'], ['美咲', 'misaki']],
  family: [
    ['佐藤', 'sato'],
    ['鈴木', 'suzuki'],
    ['高橋', 'takahashi'],
    ['田中', 'tanaka'],
  ],
  familyFirst: true,
};

const zh: Locale = {
  code: 'zh',
  weight: 8,
  tlds: ['cn', 'com.cn', 'hk', 'tw', 'com'],
  brands: [
    ['华信', 'huaxin'], ['长城', 'changcheng'], ['东方', 'dongfang'],
    ['云帆', 'yunfan'], ['金桥', 'jinqiao'], ['天虹', 'tianhong'],
    ['龙腾', 'longteng'], ['博远', 'boyuan'],
  ],
  sectors: ['网络科技', '数据', '传媒', '电子商务', '云计算', '通信'],
  legal: ['有限公司', '股份有限公司', '集团'],
  nameForms: ['{brand}{sector}{legal}', '上海{brand}{sector}{legal}', '深圳{brand}{legal}'],
  streets: ['世纪大道', '南京西路', '深南大道', '中关村大街'],
  cities: [
    ['上海市浦东新区', '200120', '环球金融中心'], ['北京市海淀区', '100080', '中关村大厦'],
    ['深圳市南山区', '518057', '科技园'], ['广州市天河区', '510620', '中信广场'],
  ],
  addressForms: [
    '{city}{street}{n}号\n{area} {floor}楼\n邮编 {zip}',
    '中国 {city}\n{street}{n}号{area}{floor}0{floor}室\n{zip}',
  ],
  given: [['伟', 'wei'], ['芳', 'fang'], ['静', 'jing'], ['磊', 'lei']],
  family: [
    ['王', 'wang'],
    ['李', 'li'],
    ['张', 'zhang'],
    ['刘', 'liu'],
    ['陈', 'chen'],
  ],
  familyFirst: true,
};

const ko: Locale = {
  code: 'ko',
  weight: 6,
  tlds: ['kr', 'co.kr', 'com'],
  brands: [
    ['한빛', 'hanbit'], ['누리', 'nuri'], ['새솔', 'saesol'], ['다온', 'daon'],
    ['푸른하늘', 'pureunhaneul'], ['미르', 'mir'],
  ],
  sectors: ['네트웍스', '미디어', '테크', '커머스', '텔레콤'],
  legal: ['주식회사', '(주)', '유한회사'],
  nameForms: ['{legal} {brand}{sector}', '{brand}{sector} {legal}'],
  streets: ['테헤란로', '세종대로', '판교역로', '해운대로'],
  cities: [
    ['서울특별시 강남구', '06236', '강남파이낸스센터'], ['서울특별시 중구', '04520', '시청빌딩'],
    ['경기도 성남시 분당구', '13494', '판교테크노밸리'], ['부산광역시 해운대구', '48094', '센텀타워'],
  ],
  addressForms: [
    '{city} {street} {n}\n{area} {floor}층\n{zip}',
    '({zip}) {city}\n{street} {n}, {floor}층 ({area})',
  ],
  given: [
    ['민준', 'minjun'],
    ['서연', 'seoyeon'],
    ['지훈', 'jihun'],
    ['하은', 'haeun'],
  ],
  family: [['김', 'kim'], ['이', 'lee'], ['박', 'park'], ['최', 'choi']],
  familyFirst: true,
};

const ru: Locale = {
  code: 'ru',
  weight: 7,
  tlds: ['ru', 'com.ua', 'bg', 'kz', 'com'],
  brands: [
    ['Северный Ветер', 'severnyveter'], ['Ладога', 'ladoga'], ['Волна', 'volna'],
    ['Звезда', 'zvezda'], ['Байкал', 'baikal'], ['Рассвет', 'rassvet'],
    ['Дніпро', 'dnipro'], ['Родина', 'rodina'],
  ],
  sectors: ['Телеком', 'Медиа', 'Логистика', 'Сети', 'Торговый Дом'],
  legal: ['ООО', 'АО', 'ПАО', 'ТОВ'],
  nameForms: ['{legal} «{brand}»', '{legal} «{brand} {sector}»', '{brand} {sector}'],
  streets: ['ул. Тверская', 'Невский проспект', 'ул. Хрещатик', 'ул. Ленина'],
  cities: [
    ['Москва', '125009', 'Россия'], ['Санкт-Петербург', '191186', 'Россия'],
    ['Київ', '01001', 'Україна'], ['Новосибирск', '630099', 'Россия'],
  ],
  addressForms: [
    '{street}, д. {n}, офис {floor}0{floor}\n{city}, {zip}\n{area}',
    '{zip}, {area}\n{city}\n{street}, д. {n}, стр. {floor}',
  ],
  given: [
    ['Ирина', 'irina'],
    ['Алексей', 'aleksei'],
    ['Ольга', 'olga'],
    ['Дмитрий', 'dmitrii'],
  ],
  family: [
    ['Иванов', 'ivanov'],
    ['Смирнова', 'smirnova'],
    ['Кузнецов', 'kuznetsov'],
  ],
  familyFirst: false,
};

const el: Locale = {
  code: 'el',
  weight: 4,
  tlds: ['gr', 'com.gr', 'eu'],
  brands: [
    ['Αιγαίο', 'aigaio'], ['Ολυμπος', 'olympos'], ['Ερμής', 'ermis'],
    ['Ποσειδών', 'poseidon'], ['Ακρόπολις', 'akropolis'],
  ],
  sectors: ['Δίκτυα', 'Επικοινωνίες', 'Εμπόριο', 'Ψηφιακά Μέσα'],
  legal: ['Α.Ε.', 'Ε.Π.Ε.', 'Ι.Κ.Ε.'],
  nameForms: ['{brand} {sector} {legal}', '{brand} {legal}'],
  streets: ['Λεωφόρος Κηφισίας', 'Οδός Ερμού', 'Λεωφόρος Συγγρού', 'Οδός Τσιμισκή'],
  cities: [
    ['Μαρούσι', '151 25', 'Αττική'], ['Αθήνα', '105 63', 'Αττική'],
    ['Θεσσαλονίκη', '546 22', 'Κεντρική Μακεδονία'],
  ],
  addressForms: [
    '{street} {n}\n{zip} {city}\n{area}, Ελλάδα',
    '{street} {n}, {floor}ος όροφος\n{zip} {city}\nΕλλάδα',
  ],
  given: [
    ['Γιώργος', 'giorgos'],
    ['Μαρία', 'maria'],
    ['Νίκος', 'nikos'],
    ['Ελένη', 'eleni'],
  ],
  family: [
    ['Παπαδόπουλος', 'papadopoulos'],
    ['Οικονόμου', 'oikonomou'],
    ['Γεωργίου', 'georgiou'],
  ],
  familyFirst: false,
};

const ar: Locale = {
  code: 'ar',
  weight: 5,
  tlds: ['sa', 'ae', 'com.eg', 'com'],
  brands: [
    ['النخبة', 'alnokhba'], ['الأفق', 'alofoq'], ['الواحة', 'alwaha'],
    ['المستقبل', 'almustaqbal'], ['الريادة', 'alriyada'], ['النجم', 'alnajm'],
  ],
  sectors: ['للاتصالات', 'للتقنية', 'للإعلام', 'للتجارة'],
  legal: ['شركة', 'مجموعة', 'مؤسسة'],
  nameForms: ['{legal} {brand} {sector}', '{legal} {brand}'],
  streets: ['شارع الملك فهد', 'شارع الشيخ زايد', 'شارع التحرير', 'طريق العليا'],
  cities: [
    ['الرياض', '12211', 'المملكة العربية السعودية'],
    ['دبي', '00000', 'الإمارات العربية المتحدة'],
    ['القاهرة', '11511', 'مصر'], ['جدة', '23334', 'المملكة العربية السعودية'],
  ],
  addressForms: [
    '{street} {n}\n{city} {zip}\n{area}',
    'برج {n}، الطابق {floor}\n{street}\n{city}، {area}',
  ],
  given: [
    ['محمد', 'mohammed'],
    ['فاطمة', 'fatima'],
    ['أحمد', 'ahmed'],
    ['ليلى', 'layla'],
  ],
  family: [
    ['العتيبي', 'alotaibi'],
    ['الحسيني', 'alhusseini'],
    ['المنصوري', 'almansouri'],
  ],
  familyFirst: false,
};

const th: Locale = {
  code: 'th',
  weight: 5,
  tlds: ['co.th', 'in.th', 'com'],
  brands: [
    ['สยาม', 'siam'], ['รุ่งเรือง', 'rungrueang'], ['ทองคำ', 'thongkham'],
    ['ฟ้าใหม่', 'famai'], ['เจ้าพระยา', 'chaophraya'],
  ],
  sectors: ['เทเลคอม', 'ดิจิทัล', 'มีเดีย', 'เทคโนโลยี'],
  legal: ['บริษัท จำกัด', 'บริษัท มหาชน จำกัด'],
  nameForms: ['{brand}{sector} {legal}', '{legal} {brand}{sector}'],
  streets: ['ถนนพระราม 1', 'ถนนสุขุมวิท', 'ถนนสีลม', 'ถนนพหลโยธิน'],
  cities: [
    ['กรุงเทพมหานคร', '10330', 'แขวงปทุมวัน เขตปทุมวัน'],
    ['กรุงเทพมหานคร', '10500', 'แขวงสุริยวงศ์ เขตบางรัก'],
    ['เชียงใหม่', '50200', 'ตำบลศรีภูมิ อำเภอเมืองเชียงใหม่'],
  ],
  addressForms: [
    '{n}/{floor} {street}\n{area}\n{city} {zip}',
    'ชั้น {floor} อาคาร {n}\n{street} {area}\n{city} {zip}',
  ],
  given: [
    ['สมชาย', 'somchai'],
    ['สุดา', 'suda'],
    ['วิชัย', 'wichai'],
    ['นภา', 'napha'],
  ],
  family: [
    ['ศรีสุข', 'srisuk'],
    ['วงศ์ใหญ่', 'wongyai'],
    ['แก้วมณี', 'kaewmanee'],
  ],
  familyFirst: false,
};

export const LOCALES: readonly Locale[] = [
  en, vi, fr, de, pl, ja, zh, ko, ru, el, ar, th,
];

// Loket's verification page: checks a letter's seal (docs/letter-seal.md, format v1) in the reader's
// browser, against the office's public keys and revocations embedded when the page was exported.
// The token comes from the URL fragment (never sent to a server) or is pasted. Ed25519 is checked by
// the browser's Web Crypto where it has it, else by the vendored @noble/ed25519, inlined as the
// module script before this one, which leaves its `verifyAsync` in `globalThis.loketNoble`.
// The answers are those of `loket-cli letter verify --keys`.

const DATA = JSON.parse(document.getElementById('loket-data').textContent);
const CONTEXT = new TextEncoder().encode('LOKET-SEAL-1\n');
const SIGNATURE_BYTES = 64;
const MAX_TEXT = 4096;
const params = new URLSearchParams(location.search);

const STRINGS = {
    id: {
        title: 'Verifikasi Surat',
        checking: 'Memeriksa…',
        checkedAt: 'Diperiksa {date} dengan daftar kunci dan pencabutan per {asof} (tanggal halaman ini dibuat).',
        unverified: 'Data yang tertulis dalam segel ini belum terbukti, sehingga tidak ditampilkan.',
        langButton: 'English',
        inputLabel: 'Segel atau alamat dari kode QR',
        check: 'Periksa',
        print: 'Cetak',
        privacy: 'Pemeriksaan berjalan di peramban ini saja: segel tidak dikirim ke mana pun.',
        licence: 'Pemeriksa tanda tangan cadangan: @noble/ed25519 3.2.0, lisensi MIT, © 2019 Paul Miller.',
        none: 'Belum ada segel',
        noneLead: 'Arahkan kamera ponsel ke kode QR pada surat, atau tempel isi kode QR di bawah ini lalu tekan Periksa.',
        noneText: '',
        genuine: 'Asli',
        genuineLead: 'Segel sah. Cocokkan data ini dengan surat yang Anda pegang:',
        genuineText: 'Surat ini ditandatangani secara elektronik oleh {office}. Bila ada yang berbeda dari surat yang Anda '
            + 'pegang, surat itu telah diubah.',
        altered: 'Diubah atau palsu',
        alteredLead: 'Jangan terima surat ini.',
        alteredText: 'Segel ini tidak cocok dengan tanda tangan elektronik kantor: surat atau segelnya telah diubah, '
            + 'atau bukan buatan {office}. Tanyakan ke kantor kecamatan.',
        unknown_key: 'Kunci tidak dikenal',
        unknown_keyLead: 'Keaslian surat ini belum dapat dipastikan.',
        unknown_keyText: 'Segel ini ditandatangani dengan kunci yang tidak ada dalam daftar kunci {office} pada halaman ini. '
            + 'Surat itu mungkin palsu, atau dibuat dengan kunci yang lebih baru daripada halaman ini: tanyakan ke kantor kecamatan.',
        revoked: 'Dicabut',
        revokedLead: 'Surat ini tidak berlaku lagi.',
        revokedText: 'Surat ini memang ditandatangani oleh {office}, tetapi telah dicabut.',
        error: 'Tidak dapat diperiksa',
        errorLead: 'Peramban ini tidak menyediakan fungsi kriptografi yang diperlukan.',
        errorText: 'Buka halaman ini lewat alamat https:// atau dari berkasnya, dengan peramban yang lebih baru.',
        number: 'Nomor',
        date: 'Tanggal',
        subject: 'Perihal',
        name: 'Nama',
        signer: 'Penandatangan',
        revokedAt: 'Dicabut pada',
        reason: 'Alasan',
        asOf: 'Halaman ini dibuat {date}. Daftar kunci dan surat yang dicabut di sini sesuai tanggal itu; '
            + 'surat yang dicabut sesudahnya belum diketahui halaman ini.',
        keysInfo: '{keys} kunci tanda tangan kantor, {revoked} surat dicabut.',
        engineWebCrypto: 'Tanda tangan diperiksa dengan Ed25519 bawaan peramban.',
        engineNoble: 'Tanda tangan diperiksa dengan @noble/ed25519 3.2.0.',
        at: 'pukul',
        months: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober',
            'November', 'Desember'],
        tooLong: 'Teks terlalu panjang untuk sebuah segel surat.',
        badChar: 'Bukan segel surat Loket: memuat karakter "{c}".',
        notSeal: 'Bukan segel surat Loket.',
        notCanonical: 'Segel tidak ditulis dalam bentuk bakunya.',
        version: 'Versi segel tidak dikenal.',
        truncated: 'Segel terpotong.',
        badDate: 'Tanggal dalam segel tidak sah.',
        extra: 'Segel memuat data berlebih.',
        notUtf8: 'Segel memuat teks yang bukan UTF-8.',
        badSignature: 'Tanda tangan digital tidak cocok dengan isi segel.',
        keyId: 'Kunci {id}.',
    },
    en: {
        title: 'Letter verification',
        checking: 'Checking…',
        checkedAt: 'Checked on {date} against the keys and revocations of {asof} (when this page was made).',
        unverified: 'What this seal says cannot be proven yet, so it is not shown.',
        langButton: 'Indonesia',
        inputLabel: 'Seal or address from the QR code',
        check: 'Check',
        print: 'Print',
        privacy: 'The check runs in this browser only: the seal is not sent anywhere.',
        licence: 'Fallback signature checker: @noble/ed25519 3.2.0, MIT licence, © 2019 Paul Miller.',
        none: 'No seal yet',
        noneLead: 'Point a phone camera at the QR code on the letter, or paste the QR code\'s text below and press Check.',
        noneText: '',
        genuine: 'Genuine',
        genuineLead: 'The seal is valid. Compare these details with the letter you hold:',
        genuineText: 'This letter was signed electronically by {office}. If anything differs from the letter you hold, '
            + 'the letter has been altered.',
        altered: 'Altered or forged',
        alteredLead: 'Do not accept this letter.',
        alteredText: 'This seal does not match the office\'s electronic signature: the letter or its seal has been altered, '
            + 'or it was not made by {office}. Ask the sub-district office.',
        unknown_key: 'Unknown key',
        unknown_keyLead: 'This letter\'s authenticity cannot be established yet.',
        unknown_keyText: 'This seal was signed with a key that is not in the list of {office} keys on this page. The letter may '
            + 'be forged, or made with a key newer than this page: ask the sub-district office.',
        revoked: 'Revoked',
        revokedLead: 'This letter is no longer valid.',
        revokedText: 'This letter was signed by {office}, but it has been revoked.',
        error: 'Cannot be checked',
        errorLead: 'This browser lacks the cryptography the check needs.',
        errorText: 'Open this page from an https:// address or from its file, in a newer browser.',
        number: 'Number',
        date: 'Date',
        subject: 'Subject',
        name: 'Name',
        signer: 'Signed by',
        revokedAt: 'Revoked on',
        reason: 'Reason',
        asOf: 'This page was made on {date}. Its keys and revoked letters are those of that date; '
            + 'letters revoked later are not known to this page.',
        keysInfo: '{keys} office signing keys, {revoked} revoked letters.',
        engineWebCrypto: 'Signature checked with the browser\'s built-in Ed25519.',
        engineNoble: 'Signature checked with @noble/ed25519 3.2.0.',
        at: 'at',
        months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
            'November', 'December'],
        tooLong: 'The text is too long to be a letter seal.',
        badChar: 'Not a Loket letter seal: it contains the character "{c}".',
        notSeal: 'Not a Loket letter seal.',
        notCanonical: 'The seal is not written in its canonical form.',
        version: 'Unknown seal version.',
        truncated: 'The seal is cut short.',
        badDate: 'The date in the seal is not valid.',
        extra: 'The seal holds extra data.',
        notUtf8: 'The seal holds text that is not UTF-8.',
        badSignature: 'The digital signature does not match the seal\'s contents.',
        keyId: 'Key {id}.',
    },
};

let lang = params.get('lang') === 'en' || params.get('lang') === 'id' ? params.get('lang') : storedLanguage();
let lastResult = null;
let engine = null;   // 'webcrypto', 'noble' or 'none', once the probe has answered
let probe = null;    // the probe's promise, shared by checks started while it runs

function storedLanguage() {
    try {
        return localStorage.getItem('loket-verify-lang') === 'en' ? 'en' : 'id';
    } catch (e) {
        return 'id';
    }
}

function t(key, values = {}) {
    return STRINGS[lang][key].replace(/\{(\w+)\}/g, (m, name) => (name in values ? String(values[name]) : m));
}

// ------------------------------------------------------------------------------------ decoding

class SealError extends Error {
    constructor(key, values = {}) {
        super(key);
        this.key = key;
        this.values = values;
    }
}

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function base64UrlDecode(text) {
    const out = [];
    let bits = 0, value = 0;
    for (const c of text) {
        value = (value << 6) | B64URL.indexOf(c);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push((value >> bits) & 0xff);
            value &= (1 << bits) - 1;
        }
    }
    return new Uint8Array(out);
}

function base64UrlEncode(bytes) {
    let out = '';
    for (let i = 0; i < bytes.length; i += 3) {
        const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
        const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
        for (let k = 0; k < chars; ++k)
            out += B64URL[(n >> (18 - 6 * k)) & 63];
    }
    return out;
}

function base64Decode(text) {
    const binary = atob(text);
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function hex(bytes) {
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function uuid(bytes) {
    const h = hex(bytes);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

// QString::trimmed's white space (QChar::isSpace), which differs from String.trim: U+0085 is
// space, U+FEFF is not.
const QT_SPACE = '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const QT_TRIM = new RegExp(`^${QT_SPACE}+|${QT_SPACE}+$`, 'g');

// Splits a token (or an address ending in #token) into body and signature, as LetterSeal::split.
function split(input) {
    let token = input.replace(QT_TRIM, '');
    if (token.length > MAX_TEXT)
        throw new SealError('tooLong');
    const hash = token.indexOf('#');
    if (hash >= 0)
        token = token.slice(hash + 1);
    for (const c of token)
        if (!/^[A-Za-z0-9_-]$/.test(c))
            throw new SealError('badChar', { c });
    const bytes = base64UrlDecode(token);
    if (bytes.length < SIGNATURE_BYTES + 1)
        throw new SealError('notSeal');
    if (base64UrlEncode(bytes) !== token)
        throw new SealError('notCanonical');
    return { body: bytes.slice(0, bytes.length - SIGNATURE_BYTES), signature: bytes.slice(bytes.length - SIGNATURE_BYTES) };
}

// As QDate: any year but 0 (year -1 is 1 BCE), the proleptic Gregorian calendar.
function validDate(y, m, d) {
    if (y === 0 || m < 1 || m > 12 || d < 1)
        return false;
    const leapYear = y < 0 ? y + 1 : y;
    const leap = (leapYear % 4 === 0 && leapYear % 100 !== 0) || leapYear % 400 === 0;
    const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
    return d <= days;
}

// Reads the fields of a version-1 body, as LetterSeal::decodeBody.
function decodeBody(body) {
    if (body.length === 0 || body[0] !== 1)
        throw new SealError('version');
    if (body.length < 1 + 16 + 4 + 8 + 32 + 3)
        throw new SealError('truncated');
    let pos = 1;
    const letterId = uuid(body.slice(pos, pos + 16));
    pos += 16;
    const ymd = new DataView(body.buffer, body.byteOffset + pos, 4).getUint32(0, false);
    pos += 4;
    const date = { y: Math.floor(ymd / 10000), m: Math.floor(ymd / 100) % 100, d: ymd % 100 };
    if (!validDate(date.y, date.m, date.d))
        throw new SealError('badDate');
    const keyId = hex(body.slice(pos, pos + 8));
    pos += 8;
    pos += 32;   // the content hash: only a verifier holding the letter's record can compare it
    const text = () => {
        if (pos >= body.length)
            throw new SealError('truncated');
        const n = body[pos++];
        if (pos + n > body.length)
            throw new SealError('truncated');
        const bytes = body.slice(pos, pos + n);
        pos += n;
        if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
            throw new SealError('notUtf8');   // QString::fromUtf8 drops it, so the text would not round-trip
        try {
            return utf8.decode(bytes);
        } catch (e) {
            throw new SealError('notUtf8');
        }
    };
    const number = text();
    const subject = text();
    const residentName = text();
    if (pos !== body.length)
        throw new SealError('extra');
    return { letterId, date, keyId, number, subject, residentName };
}

// ------------------------------------------------------------------------------------ Ed25519

// The base point's encoding: a valid public key to ask whether Web Crypto knows Ed25519.
const PROBE_KEY = new Uint8Array([0x58, ...new Array(31).fill(0x66)]);

// Thrown when no Ed25519 implementation works here: the answer is "cannot be checked", never a
// verdict on the letter.
class NoEngine extends Error {}

function chooseEngine() {
    probe ??= (async () => {
        if (params.get('ed25519') !== 'noble') {
            try {
                await crypto.subtle.importKey('raw', PROBE_KEY, { name: 'Ed25519' }, false, ['verify']);
                return 'webcrypto';
            } catch (e) {
                // Not supported here: the vendored library verifies instead.
            }
        }
        return typeof globalThis.loketNoble?.verifyAsync === 'function' ? 'noble' : 'none';
    })().then((chosen) => (engine = chosen));
    return probe;
}

async function nobleVerify(signature, message, publicKey) {
    if (typeof globalThis.loketNoble?.verifyAsync !== 'function')
        throw new NoEngine();
    try {
        return await globalThis.loketNoble.verifyAsync(signature, message, publicKey, { zip215: false });
    } catch (e) {
        return false;   // noble refuses malformed input by throwing: not a valid signature
    }
}

async function verifySignature(signature, message, publicKey) {
    const chosen = await chooseEngine();
    if (chosen === 'none')
        throw new NoEngine();
    if (chosen === 'webcrypto') {
        let key;
        try {
            key = await crypto.subtle.importKey('raw', publicKey, { name: 'Ed25519' }, false, ['verify']);
        } catch (e) {
            return nobleVerify(signature, message, publicKey);   // let the other implementation judge this key
        }
        return crypto.subtle.verify({ name: 'Ed25519' }, key, signature, message);
    }
    return nobleVerify(signature, message, publicKey);
}

async function keyIdOf(publicKey) {
    return hex(new Uint8Array(await crypto.subtle.digest('SHA-256', publicKey)).slice(0, 8));
}

function concat(a, b) {
    const out = new Uint8Array(a.length + b.length);
    out.set(a);
    out.set(b, a.length);
    return out;
}

// The verdict for a token or address: genuine, altered, unknown_key or revoked (docs/letter-seal.md).
async function verify(input) {
    let sealed, fields;
    try {
        sealed = split(input);
        fields = decodeBody(sealed.body);
    } catch (e) {
        if (e instanceof SealError)
            return { kind: 'altered', reason: e };
        throw e;
    }
    let key = null;
    for (const k of DATA.keys)   // the last entry with the id, as the CLI reads a keys file
        if (k.key_id === fields.keyId)
            key = k;
    let publicKey = new Uint8Array();
    try {
        publicKey = base64Decode(key?.public_key ?? '');
    } catch (e) {
        // an undecodable key is no key
    }
    if (!key || publicKey.length === 0)
        return { kind: 'unknown_key', fields, reason: new SealError('keyId', { id: fields.keyId }) };
    const good = publicKey.length === 32 && await keyIdOf(publicKey) === fields.keyId
        && await verifySignature(sealed.signature, concat(CONTEXT, sealed.body), publicKey);
    if (!good)
        return { kind: 'altered', fields, reason: new SealError('badSignature') };
    const revoked = DATA.revoked.find((r) => r.letter_id === fields.letterId);
    if (revoked)
        return { kind: 'revoked', fields, key, revoked };
    return { kind: 'genuine', fields, key };
}

// ------------------------------------------------------------------------------------ showing

function formatDate({ y, m, d }) {
    return `${d} ${STRINGS[lang].months[m - 1]} ${y}`;
}

// "2026-12-07T09:00:00" (local time, as Loket writes it) → "7 Desember 2026 pukul 09.00".
function formatDateTime(iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(iso || '');
    if (!m)
        return iso || '';
    const date = formatDate({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) });
    if (m[4] === undefined)
        return date;
    return `${date} ${t('at')} ${m[4]}${lang === 'id' ? '.' : ':'}${m[5]}`;
}

// The signer's line as the letter's signature block words it (LetterRenderer).
function signerLine(key) {
    let title = key.title;
    if ((key.delegation === 'a.n.' || key.delegation === 'u.b.') && key.principal_title)
        title = `${key.delegation} ${key.principal_title}, ${key.title}`;
    else if (key.delegation === 'Plt.' || key.delegation === 'Plh.')
        title = `${key.delegation} ${key.title}`;
    return title ? `${key.signer} (${title})` : key.signer;
}

function element(id) {
    return document.getElementById(id);
}

function addRow(list, label, value) {
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.textContent = value;
    dd.dataset.field = label;
    list.append(dt, dd);
}

const ICONS = { none: '·', genuine: '✓', altered: '✗', unknown_key: '?', revoked: '⊘', error: '!' };

function render() {
    const r = lastResult ?? { kind: 'none' };
    const office = DATA.office || '';
    const box = element('verdict');
    box.dataset.verdict = r.kind;
    document.body.dataset.verdict = r.kind;
    element('verdict-icon').textContent = ICONS[r.kind];
    element('verdict-title').textContent = t(r.kind);
    element('verdict-lead').textContent = t(`${r.kind}Lead`);
    element('verdict-text').textContent = t(`${r.kind}Text`, { office });
    element('verdict-text').hidden = !element('verdict-text').textContent;
    const details = element('details');
    details.replaceChildren();
    if (r.fields && r.kind !== 'altered' && r.kind !== 'unknown_key') {
        addRow(details, t('number'), r.fields.number);
        addRow(details, t('date'), formatDate(r.fields.date));
        addRow(details, t('subject'), r.fields.subject);
        addRow(details, t('name'), r.fields.residentName);
        if (r.key)
            addRow(details, t('signer'), signerLine(r.key));
        if (r.revoked) {
            addRow(details, t('revokedAt'), formatDateTime(r.revoked.revoked_at));
            addRow(details, t('reason'), r.revoked.reason);
        }
    }
    details.hidden = details.childElementCount === 0;
    const checked = element('verdict-checked');
    checked.textContent = r.kind === 'genuine' || r.kind === 'revoked'
        ? t('checkedAt', { date: formatDateTime(r.checkedAt), asof: formatDateTime(DATA.exported_at) })
        : r.kind === 'unknown_key' ? t('unverified') : '';
    checked.hidden = !checked.textContent;
    const detail = element('verdict-detail');
    detail.textContent = r.reason ? t(r.reason.key, r.reason.values) : '';
    detail.hidden = !r.reason;
    element('engine').textContent = engine ? t(engine === 'webcrypto' ? 'engineWebCrypto' : 'engineNoble') : '';
}

function renderStatic() {
    document.documentElement.lang = lang;
    document.title = `${t('title')} — ${DATA.office || ''}`;
    for (const node of document.querySelectorAll('[data-t]'))
        node.textContent = t(node.dataset.t);
    const toggle = element('lang');
    toggle.textContent = t('langButton');
    toggle.lang = lang === 'id' ? 'en' : 'id';
    element('asof').textContent = t('asOf', { date: formatDateTime(DATA.exported_at) });
    element('keys-info').textContent = t('keysInfo', { keys: DATA.keys.length, revoked: DATA.revoked.length });
    render();
}

let checks = 0;   // a slower earlier check never overwrites a newer one

async function check(input) {
    const mine = ++checks;
    if (!input.replace(QT_TRIM, '')) {
        lastResult = null;
        render();
        return;
    }
    element('verdict').dataset.verdict = 'checking';
    element('verdict-title').textContent = t('checking');
    element('details').hidden = true;
    let result;
    try {
        if (!globalThis.crypto?.subtle)
            throw new NoEngine();
        result = await verify(input);
        result.checkedAt = localIso(new Date());
    } catch (e) {
        result = { kind: 'error' };
    }
    if (mine !== checks)
        return;
    lastResult = result;
    render();
}

function localIso(d) {
    const p = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

// The seal as the QR gave it: the page's own address up to '#', then the token. It is checked as
// the CLI checks the whole address (text after the first '#', nothing decoded), so a fragment that
// is not the token's exact spelling is not taken for it.
function fromAddress() {
    return location.hash ? location.href : '';
}

function shownToken() {
    return location.hash ? location.href.slice(location.href.indexOf('#') + 1) : '';
}

element('lang').addEventListener('click', () => {
    lang = lang === 'id' ? 'en' : 'id';
    try {
        localStorage.setItem('loket-verify-lang', lang);
    } catch (e) {
        // a page opened from a file may have no storage; the choice then lasts until it is closed
    }
    renderStatic();
});
element('check').addEventListener('submit', (event) => {
    event.preventDefault();
    check(element('token').value);
});
element('print').addEventListener('click', () => window.print());
window.addEventListener('hashchange', () => {
    element('token').value = shownToken();
    check(fromAddress());
});

renderStatic();
element('token').value = shownToken();
check(fromAddress());

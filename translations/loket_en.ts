<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AuditLog</name>
    <message>
        <source>entri nomor %1 dari node %2 hilang (berikutnya yang ada: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entri %1 (nomor %2) tidak tersambung ke entri sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entri %1 (nomor %2) telah diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entri nomor %1 (yang terakhir dicatat) hilang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ujung rantai audit tidak cocok dengan entri nomor %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>Berkas %1 tidak ada di basis data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas %1 rusak: isinya tidak cocok dengan hash-nya.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeSet</name>
    <message>
        <source>Data %1 dengan id %2 tidak ditemukan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Opsi %1 memerlukan nilai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opsi --%1 wajib diberikan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belum diberikan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argumen tidak dikenal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Kata sandi --as dibaca dari LOKET_PASSWORD, kata sandi pengguna baru dari LOKET_NEW_PASSWORD, atau dari baris masukan standar.
Kode keluar: 0 berhasil, 1 ditolak, 2 salah pemakaian.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perintah tidak dikenal: %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lihat: loket-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data ini sudah diinisialisasi untuk loket %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data %1 siap: kantor %2, loket %3, administrator %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opsi --role wajib diberikan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengguna %1 dibuat (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (nonaktif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hari yang sama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rantai audit utuh: %1 entri diperiksa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rantai audit rusak: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>%1 tidak diberikan: isi variabel %2 atau tulis satu baris di masukan standar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perintah ini memerlukan pengguna: tambahkan --as NAMA_PENGGUNA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data belum diinisialisasi: jalankan &quot;loket-cli init&quot; terlebih dahulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi pengguna baru</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Lokasi basis data kosong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 adalah folder, bukan berkas basis data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder %1 tidak dapat dibuat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data %1 rusak (quick_check: %2). Pulihkan dari cadangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data %1 tidak dapat dibuka: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data %1 tidak dapat memakai mode WAL (mode: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Initializer</name>
    <message>
        <source>Basis data ini sudah diinisialisasi untuk loket %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode kecamatan harus berbentuk PP.RR.DD, misalnya 33.02.27 (tertulis: &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode kecamatan %1 tidak ada dalam daftar kode wilayah resmi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket 2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Nama berkas migrasi tidak sah: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas migrasi %1 tidak dapat dibaca.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MountTable</name>
    <message>
        <source>Basis data %1 berada di berbagi jaringan (%2 pada %3). SQLite tidak aman di sana: pilih folder di disk lokal komputer ini.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeService</name>
    <message>
        <source>Kode kecamatan harus berbentuk PP.RR.DD, misalnya 33.02.27 (tertulis: &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama kantor wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat e-mail &quot;%1&quot; tidak sah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode unit &quot;%1&quot; tidak sah: huruf, angka, titik atau tanda hubung, paling banyak 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identitas kantor belum ada: jalankan inisialisasi terlebih dahulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas logo terlalu besar (%1 KB): paling besar 2048 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo harus berupa gambar PNG atau JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukuran gambar logo tidak sah (paling besar 4000 × 4000 piksel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gambar logo tidak dapat dibaca: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode loket &quot;%1&quot; tidak sah: 1–4 huruf besar atau angka, diawali huruf (misalnya L1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama loket wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode loket %1 sudah dipakai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama penandatangan wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan penandatangan wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP harus 18 angka (tertulis: &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegasi &quot;%1&quot; tidak dikenal: kosong, a.n., u.b., Plt. atau Plh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untuk %1 isi jabatan pejabat yang diwakili (misalnya CAMAT PURWOKERTO UTARA).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleSet</name>
    <message>
        <source>Petugas loket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasi Pelayanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penandatangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peran &quot;%1&quot; tidak dikenal; pilih dari: officer, verifier, approver, signer, admin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceCatalogue</name>
    <message>
        <source>Kode layanan &quot;%1&quot; tidak sah: 2–16 huruf besar, angka atau tanda hubung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama layanan %1 wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kategori &quot;%1&quot; tidak dikenal: perizinan atau non_perizinan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jangka waktu %1 hari kerja tidak masuk akal (0–365).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode klasifikasi arsip &quot;%1&quot; tidak sah (contoh: 400.12.2.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunci persyaratan &quot;%1&quot; tidak sah: huruf kecil, angka atau garis bawah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunci persyaratan &quot;%1&quot; dipakai dua kali.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persyaratan &quot;%1&quot; belum diberi keterangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode layanan %1 sudah dipakai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Katalog layanan bawaan tidak ditemukan di sumber aplikasi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Masuk terlebih dahulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditolak: pengguna %1 tidak memiliki peran %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditolak: pengguna %1 tidak memiliki salah satu peran %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>Kesalahan basis data: %1 (perintah: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>Nama pengguna &quot;%1&quot; tidak sah: 2–32 huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama lengkap wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP harus 18 angka (tertulis: &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih sedikitnya satu peran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi terlalu pendek: sedikitnya 8 karakter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi terlalu panjang: paling banyak 256 karakter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama pengguna &quot;%1&quot; sudah dipakai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Akun %1 terkunci karena terlalu banyak kata sandi salah. Coba lagi dalam %n menit.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Kata sandi salah %1 kali: akun %2 dikunci selama 5 menit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akun %1 dinonaktifkan. Hubungi administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengguna %1 tidak ditemukan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anda tidak dapat mencabut peran admin dari akun Anda sendiri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anda tidak dapat menonaktifkan akun Anda sendiri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi lama salah.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::CountersWidget</name>
    <message>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misalnya L3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode loket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama loket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode loket menjadi bagian setiap nomor registrasi, sehingga tidak dapat diubah setelah disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan loket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket %1 disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::LanguageSettingsWidget</name>
    <message>
        <source>Bahasa tampilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terjemahan untuk bahasa ini belum tersedia: tampilan tetap berbahasa Indonesia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilihan bahasa disimpan di komputer ini dan langsung berlaku.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::LoginDialog</name>
    <message>
        <source>Masuk ke Loket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket PATEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATA DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data ini berisi data contoh. Kata sandi akun demo sengaja diumumkan; klik nama pengguna untuk mengisinya. Jangan dipakai untuk pelayanan sungguhan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi nama pengguna.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::MainWindow</name>
    <message>
        <source>Antrian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permohonan Baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penduduk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tampilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;antuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tentang Loket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data demo: data contoh dengan kata sandi yang diumumkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di sini petugas akan memanggil pemohon sesuai nomor antrian dan melihat permohonan yang menunggu di loket ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di sini petugas akan mencatat permohonan pemohon yang datang langsung, memeriksa kelengkapan persyaratan, memindai berkas dan mencetak tanda terima.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di sini petugas akan mencari dan memperbarui data penduduk (NIK, KK, alamat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di sini surat akan disusun, diparaf, ditandatangani, dicetak dan diverifikasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di sini akan tersedia laporan pelayanan, waktu penyelesaian, pengaduan dan survei kepuasan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Loket %1&lt;/h3&gt;&lt;p&gt;Aplikasi loket Pelayanan Administrasi Terpadu Kecamatan (PATEN).&lt;/p&gt;&lt;p&gt;Kode wilayah: idn-area-data 4.0.1 oleh Muhammad Fityan Nugroho, Open Database License (ODbL) 1.0&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tentang Loket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::MessageBanner</name>
    <message>
        <source>Terjadi kesalahan tak terduga: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::OfficeSettingsWidget</name>
    <message>
        <source>misalnya PU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tempat pada baris tanggal surat, misalnya Purwokerto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama kabupaten/kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode unit (nomor surat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode pos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satu baris kop surat per baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi kop baku dari data di atas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kop surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG atau JPEG, paling besar 2 MB.
Logo langsung disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan identitas kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identitas kantor disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih logo kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gambar PNG atau JPEG (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat dibuka: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas logo terlalu besar (%1 KB): paling besar 2048 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo kantor disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo kantor dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada logo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::PlaceholderPage</name>
    <message>
        <source>Fitur ini hadir pada tahap pengembangan berikutnya.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::ServiceCatalogueWidget</name>
    <message>
        <source>Cari kode atau nama layanan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layanan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batalkan perubahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layanan %1 disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::ServiceForm</name>
    <message>
        <source>huruf besar, misalnya SKTM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wajib</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah persyaratan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus persyaratan terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persyaratan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosedur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hari yang sama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = selesai pada hari yang sama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jangka waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misalnya Gratis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misalnya 400.12.2.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layanan aktif (dapat dipilih di loket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biaya/tarif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produk layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penanganan pengaduan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dasar hukum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode klasifikasi arsip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::ServiceTableModel</name>
    <message>
        <source>Ya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jangka waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perizinan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-perizinan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hari yang sama</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hari kerja</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::SettingsPage</name>
    <message>
        <source>Tampilan/Bahasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penandatangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::SignersWidget</name>
    <message>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dengan gelar, misalnya Agus Setiawan, S.STP., M.Si.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 angka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misalnya Pembina Tk. I (IV/b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misalnya Sekretaris Camat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(tanpa delegasi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a.n. (atas nama)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>u.b. (untuk beliau)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plt. (pelaksana tugas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plh. (pelaksana harian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untuk a.n./u.b., misalnya CAMAT PURWOKERTO UTARA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pangkat/golongan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan yang diwakili</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akun pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penandatangan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan penandatangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(tidak terhubung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penandatangan %1 disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loket::ui::UsersWidget</name>
    <message>
        <source>Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>huruf kecil, misalnya rina.l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 angka, boleh kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi diisi untuk pengguna baru atau untuk mengatur ulang kata sandi; sedikitnya 8 karakter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengguna baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atur ulang kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terkunci sampai %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonaktifkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktifkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengguna %1 disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi %1 diatur ulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akun %1 diaktifkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akun %1 dinonaktifkan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Loket PATEN: aplikasi loket pelayanan kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder profil (basis data, pengaturan, log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas basis data SQLite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket tidak dapat dibuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data %1 tidak dapat dibuka.

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

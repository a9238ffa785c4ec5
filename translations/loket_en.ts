<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AuditLog</name>
    <message>
        <source>entri nomor %1 dari node %2 hilang (berikutnya yang ada: %3)</source>
        <translation>entry number %1 from node %2 is missing (next one present: %3)</translation>
    </message>
    <message>
        <source>entri %1 (nomor %2) tidak tersambung ke entri sebelumnya</source>
        <translation>entry %1 (number %2) is not linked to the previous entry</translation>
    </message>
    <message>
        <source>entri %1 (nomor %2) telah diubah</source>
        <translation>entry %1 (number %2) has been altered</translation>
    </message>
    <message>
        <source>entri nomor %1 (yang terakhir dicatat) hilang</source>
        <translation>entry number %1 (the last one recorded) is missing</translation>
    </message>
    <message>
        <source>ujung rantai audit tidak cocok dengan entri nomor %1</source>
        <translation>the head of the audit chain does not match entry number %1</translation>
    </message>
    <message>
        <source>baris %1 %2 dicatat sebelum audit menyimpan isi baris, sehingga perubahannya tidak dapat diperiksa; jalankan &quot;audit seal&quot;</source>
        <translation>row %1 %2 was recorded before the audit kept row contents, so its changes cannot be checked; run &quot;audit seal&quot;</translation>
    </message>
    <message>
        <source>baris %1 %2 tidak tercatat di audit: ditambahkan di luar aplikasi</source>
        <translation>row %1 %2 is not recorded in the audit: added outside the application</translation>
    </message>
    <message>
        <source>baris %1 %2 diubah di luar aplikasi: isinya tidak cocok dengan entri audit %3 (loket %4, nomor %5)</source>
        <translation>row %1 %2 was changed outside the application: its content does not match audit entry %3 (counter %4, number %5)</translation>
    </message>
    <message>
        <source>baris %1 %2 hilang: entri audit %3 (loket %4, nomor %5) mencatatnya</source>
        <translation>row %1 %2 is missing: audit entry %3 (counter %4, number %5) records it</translation>
    </message>
    <message>
        <source>baris %1 %2 diubah di luar aplikasi; ketahuan saat baris itu ditulis lagi (entri audit %3, loket %4, nomor %5)</source>
        <translation>row %1 %2 was changed outside the application; found when the row was next written (audit entry %3, counter %4, number %5)</translation>
    </message>
</context>
<context>
    <name>BackupManifest</name>
    <message>
        <source>manifest.json tidak berisi bagian &quot;%1&quot;.</source>
        <translation>manifest.json has no &quot;%1&quot; section.</translation>
    </message>
    <message>
        <source>manifest.json tidak berisi angka &quot;%1&quot;.</source>
        <translation>manifest.json has no number &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>manifest.json tidak berisi teks &quot;%1&quot;.</source>
        <translation>manifest.json has no text &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>manifest.json bukan manifest cadangan Loket (format bukan &quot;%1&quot;).</source>
        <translation>manifest.json is not a Loket backup manifest (format is not &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Cadangan memakai format versi %1; Loket ini mengenal sampai versi %2. Perbarui Loket.</source>
        <translation>The backup uses format version %1; this Loket knows up to version %2. Update Loket.</translation>
    </message>
    <message>
        <source>manifest.json: waktu pembuatan tidak sah.</source>
        <translation>manifest.json: invalid creation time.</translation>
    </message>
    <message>
        <source>manifest.json menyebut berkas basis data selain %1.</source>
        <translation>manifest.json names a database file other than %1.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>%1 tidak ada.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 bukan cadangan Loket: sebutkan folder cadangan (loket-backup-…), atau manifest.json atau loket.db di dalamnya.</source>
        <translation>%1 is not a Loket backup: name the backup folder (loket-backup-…), or the manifest.json or loket.db inside it.</translation>
    </message>
    <message>
        <source>Cadangan %1 tidak lengkap: manifest.json tidak ada atau tidak dapat dibaca.</source>
        <translation>Backup %1 is incomplete: manifest.json is missing or cannot be read.</translation>
    </message>
    <message>
        <source>manifest.json di %1 rusak: %2</source>
        <translation>manifest.json in %1 is damaged: %2</translation>
    </message>
    <message>
        <source>Cadangan %1 tidak lengkap: loket.db tidak ada.</source>
        <translation>Backup %1 is incomplete: loket.db is missing.</translation>
    </message>
    <message>
        <source>loket.db terpotong atau berubah: %1 byte, padahal manifest menyebut %2 byte.</source>
        <translation>loket.db is cut off or changed: %1 bytes, while the manifest says %2 bytes.</translation>
    </message>
    <message>
        <source>Isi loket.db tidak cocok dengan SHA-256 di manifest: berkas itu diubah atau rusak.</source>
        <translation>The content of loket.db does not match the SHA-256 in the manifest: the file was changed or is damaged.</translation>
    </message>
    <message>
        <source>loket.db tidak lolos quick_check: %1</source>
        <translation>loket.db fails quick_check: %1</translation>
    </message>
    <message>
        <source>loket.db memakai skema versi %1, padahal manifest menyebut versi %2.</source>
        <translation>loket.db uses schema version %1, while the manifest says version %2.</translation>
    </message>
    <message>
        <source>loket.db berisi %1 permohonan, padahal manifest menyebut %2.</source>
        <translation>loket.db holds %1 requests, while the manifest says %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n berkas di loket.db tidak cocok dengan SHA-256-nya: %1</source>
        <translation>
            <numerusform>%n file in loket.db does not match its SHA-256: %1</numerusform>
            <numerusform>%n files in loket.db do not match their SHA-256: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>loket.db berisi %1 berkas, padahal manifest menyebut %2.</source>
        <translation>loket.db holds %1 files, while the manifest says %2.</translation>
    </message>
    <message>
        <source>Rantai audit di loket.db rusak: %1</source>
        <translation>The audit chain in loket.db is broken: %1</translation>
    </message>
    <message>
        <source>loket.db tidak dapat diperiksa: %1</source>
        <translation>loket.db cannot be checked: %1</translation>
    </message>
    <message>
        <source>Cadangan %1 dibuat oleh Loket yang lebih baru (skema versi %2; Loket ini mengenal sampai versi %3). Perbarui Loket, lalu pulihkan lagi. Tidak ada yang diubah.</source>
        <translation>Backup %1 was made by a newer Loket (schema version %2; this Loket knows up to version %3). Update Loket, then restore again. Nothing was changed.</translation>
    </message>
    <message>
        <source>Cadangan %1 rusak dan tidak dipulihkan: %2 Tidak ada yang diubah.</source>
        <translation>Backup %1 is damaged and was not restored: %2 Nothing was changed.</translation>
    </message>
    <message>
        <source>Basis data %1 sedang dipakai (aplikasi Loket, loket-cli atau pemindai). Tutup semuanya di komputer ini, lalu ulangi pemulihan. Tidak ada yang diubah.</source>
        <translation>Database %1 is in use (the Loket app, loket-cli or the scanner). Close them all on this computer, then restore again. Nothing was changed.</translation>
    </message>
    <message>
        <source>Pemulihan menggantikan basis data yang dipakai: hanya administrator yang boleh (tambahkan --as NAMA_ADMIN).</source>
        <translation>A restore replaces the database in use: only an administrator may do it (add --as ADMIN_NAME).</translation>
    </message>
    <message>
        <source>Folder %1 tidak dapat dibuat.</source>
        <translation>Folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>Cadangan tidak dapat disalin ke %1 (disk penuh atau tidak dapat ditulis?). Tidak ada yang diubah.</source>
        <translation>The backup cannot be copied to %1 (disk full or not writable?). Nothing was changed.</translation>
    </message>
    <message>
        <source>Salinan cadangan di %1 tidak sama dengan aslinya; tidak ada yang diubah.</source>
        <translation>The copy of the backup in %1 differs from the original; nothing was changed.</translation>
    </message>
    <message>
        <source>Basis data %1 tidak dapat dipindahkan ke samping; periksa hak tulis folder %2.</source>
        <translation>Database %1 cannot be moved aside; check write access to folder %2.</translation>
    </message>
    <message>
        <source>Folder cadangan harus ditulis lengkap dari akar, misalnya /media/cadangan (tertulis: &quot;%1&quot;).</source>
        <translation>The backup folder must be written in full from the root, e.g. /media/backup (written: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Pilih folder cadangan dulu untuk cadangan harian.</source>
        <translation>Choose a backup folder first for the daily backup.</translation>
    </message>
    <message>
        <source>Jumlah cadangan yang disimpan harus 1–%1 (tertulis: %2).</source>
        <translation>The number of backups kept must be 1–%1 (written: %2).</translation>
    </message>
    <message>
        <source>Folder cadangan belum diatur: sebutkan foldernya (loket-cli backup --to FOLDER) atau atur di Pengaturan → Cadangan.</source>
        <translation>No backup folder is set: name one (loket-cli backup --to FOLDER) or set it in Settings → Backup.</translation>
    </message>
    <message>
        <source>Folder cadangan belum diatur oleh administrator.</source>
        <translation>The administrator has not set a backup folder yet.</translation>
    </message>
    <message>
        <source>Folder cadangan %1 tidak dapat dibuat atau ditulis. Periksa bahwa disk atau flashdisk cadangan terpasang dan dapat ditulis.</source>
        <translation>Backup folder %1 cannot be created or written. Check that the backup disk or USB stick is attached and writable.</translation>
    </message>
    <message>
        <source>Folder cadangan %1 berada di disk yang sama dengan basis data: bila disk itu rusak, cadangannya ikut hilang. Pilih flashdisk atau disk lain.</source>
        <translation>Backup folder %1 is on the same disk as the database: if that disk fails, the backup is lost with it. Choose a USB stick or another disk.</translation>
    </message>
    <message>
        <source>Disk cadangan %1 penuh: cadangan tidak dibuat. Hapus cadangan lama atau pilih disk lain.</source>
        <translation>Backup disk %1 is full: no backup was made. Delete old backups or choose another disk.</translation>
    </message>
    <message>
        <source>Cadangan ke %1 gagal: %2</source>
        <translation>Backup to %1 failed: %2</translation>
    </message>
    <message>
        <source>Salinan basis data tidak lolos pemeriksaan (quick_check: %1); cadangan dibatalkan. Periksa basis data ini.</source>
        <translation>The copy of the database fails its check (quick_check: %1); the backup was abandoned. Check this database.</translation>
    </message>
    <message numerus="yes">
        <source>%n berkas di basis data tidak cocok dengan hash-nya (misalnya %1); cadangan dibatalkan. Berkas itu rusak di basis data ini.</source>
        <translation>
            <numerusform>%n file in the database does not match its hash (e.g. %1); the backup was abandoned. That file is damaged in this database.</numerusform>
            <numerusform>%n files in the database do not match their hashes (e.g. %1); the backup was abandoned. Those files are damaged in this database.</numerusform>
        </translation>
    </message>
    <message>
        <source>manifest.json di %1 tidak dapat ditulis: %2</source>
        <translation>manifest.json in %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Folder cadangan %1 tidak dapat diberi nama akhirnya %2.</source>
        <translation>Backup folder %1 cannot be given its final name %2.</translation>
    </message>
    <message numerus="yes">
        <source>Cadangan %1 dibuat dan diperiksa: %2 byte, %n berkas.</source>
        <translation>
            <numerusform>Backup %1 made and checked: %2 bytes, %n file.</numerusform>
            <numerusform>Backup %1 made and checked: %2 bytes, %n files.</numerusform>
        </translation>
    </message>
    <message>
        <source>Basis data %1 tidak dapat disimpan di samping; periksa hak tulis folder %2.</source>
        <translation>Database %1 cannot be kept aside; check write access to folder %2.</translation>
    </message>
    <message>
        <source>basis data lama dikembalikan.</source>
        <translation>the old database was put back.</translation>
    </message>
    <message>
        <source>basis data lama TIDAK dapat dikembalikan; salinannya ada di %1.</source>
        <translation>the old database could NOT be put back; its copy is at %1.</translation>
    </message>
    <message>
        <source>Cadangan tidak dapat dipasang sebagai %1; basis data lama tetap di tempatnya.</source>
        <translation>The backup cannot be put in place as %1; the old database stays where it was.</translation>
    </message>
    <message>
        <source>Cadangan yang dipulihkan tidak dapat dibuka (%1); %2</source>
        <translation>The restored backup cannot be opened (%1); %2</translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>Berkas %1 tidak ada di basis data.</source>
        <translation>File %1 is not in the database.</translation>
    </message>
    <message>
        <source>Berkas %1 rusak: isinya tidak cocok dengan hash-nya.</source>
        <translation>File %1 is corrupted: its content does not match its hash.</translation>
    </message>
    <message>
        <source>Berkas %1 sudah dihapus karena masa simpannya habis.</source>
        <translation>File %1 has been deleted because its retention period ended.</translation>
    </message>
</context>
<context>
    <name>ChangeApplier</name>
    <message>
        <source>Hub memuat perubahan tabel &quot;%1&quot; yang tidak dikenal Loket versi ini (perubahan hub nomor %2): perbarui Loket di komputer ini.</source>
        <translation>The hub holds a change to table &quot;%1&quot; that this version of Loket does not know (hub change number %2): update Loket on this computer.</translation>
    </message>
    <message>
        <source>Perubahan hub nomor %1 tidak dapat dibaca: operasi &quot;%2&quot; pada tabel %3.</source>
        <translation>Hub change number %1 cannot be read: operation &quot;%2&quot; on table %3.</translation>
    </message>
    <message>
        <source>Perubahan hub nomor %1 tidak dapat dibaca: isinya bukan baris %2 yang sah.</source>
        <translation>Hub change number %1 cannot be read: its content is not a valid %2 row.</translation>
    </message>
</context>
<context>
    <name>ChangeSet</name>
    <message>
        <source>Data %1 dengan id %2 tidak ditemukan.</source>
        <translation>%1 record with ID %2 not found.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Opsi %1 memerlukan nilai.</source>
        <translation>Option %1 requires a value.</translation>
    </message>
    <message>
        <source>Opsi --%1 wajib diberikan.</source>
        <translation>Option --%1 is required.</translation>
    </message>
    <message>
        <source>%1 belum diberikan.</source>
        <translation>%1 was not given.</translation>
    </message>
    <message>
        <source>Argumen tidak dikenal: %1</source>
        <translation>Unknown argument: %1</translation>
    </message>
    <message>
        <source>Perintah tidak dikenal: %1

</source>
        <translation>Unknown command: %1

</translation>
    </message>
    <message>
        <source>Lihat: loket-cli --help</source>
        <translation>See: loket-cli --help</translation>
    </message>
    <message>
        <source>Basis data ini sudah diinisialisasi untuk loket %1.</source>
        <translation>This database has already been initialized for counter %1.</translation>
    </message>
    <message>
        <source>Basis data %1 siap: kantor %2, loket %3, administrator %4.</source>
        <translation>Database %1 is ready: office %2, counter %3, administrator %4.</translation>
    </message>
    <message>
        <source>Opsi --role wajib diberikan.</source>
        <translation>Option --role is required.</translation>
    </message>
    <message>
        <source>Pengguna %1 dibuat (%2).</source>
        <translation>User %1 created (%2).</translation>
    </message>
    <message>
        <source>  (nonaktif)</source>
        <translation>  (inactive)</translation>
    </message>
    <message>
        <source>hari yang sama</source>
        <translation>same day</translation>
    </message>
    <message>
        <source>Rantai audit rusak: %1</source>
        <translation>Audit chain broken: %1</translation>
    </message>
    <message>
        <source>%1: sah</source>
        <translation>%1: valid</translation>
    </message>
    <message>
        <source>%1: TIDAK SAH</source>
        <translation>%1: INVALID</translation>
    </message>
    <message>
        <source>kesalahan: </source>
        <translation>error: </translation>
    </message>
    <message>
        <source>peringatan: </source>
        <translation>warning: </translation>
    </message>
    <message>
        <source>wilayah: %1, %2, %3</source>
        <translation>area: %1, %2, %3</translation>
    </message>
    <message>
        <source>lahir: %1, %2</source>
        <translation>born: %1, %2</translation>
    </message>
    <message>
        <source>perempuan</source>
        <translation>female</translation>
    </message>
    <message>
        <source>laki-laki</source>
        <translation>male</translation>
    </message>
    <message>
        <source>tanggal: %1</source>
        <translation>date: %1</translation>
    </message>
    <message>
        <source>Tanggal lahir &quot;%1&quot; tidak sah: tulis TTTT-BB-HH, misalnya 1990-05-15.</source>
        <translation>Invalid date of birth &quot;%1&quot;: write YYYY-MM-DD, e.g. 1990-05-15.</translation>
    </message>
    <message>
        <source>Penduduk %1 didaftarkan.</source>
        <translation>Resident %1 registered.</translation>
    </message>
    <message>
        <source>Data penduduk %1 diperbarui.</source>
        <translation>Resident data of %1 updated.</translation>
    </message>
    <message>
        <source>Kata pencarian</source>
        <translation>Search term</translation>
    </message>
    <message>
        <source>--limit harus 1–1000.</source>
        <translation>--limit must be 1–1000.</translation>
    </message>
    <message>
        <source>Tidak ada penduduk yang cocok.</source>
        <translation>No matching residents.</translation>
    </message>
    <message>
        <source>--field memerlukan NAMA=NILAI (tertulis: &quot;%1&quot;).</source>
        <translation>--field needs NAME=VALUE (entered: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Permohonan %1 diterima, status %2, perkiraan selesai %3.</source>
        <translation>Request %1 received, status %2, expected completion %3.</translation>
    </message>
    <message>
        <source>Belum diterima: %1</source>
        <translation>Not yet received: %1</translation>
    </message>
    <message>
        <source>Nomor pelacakan</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>%1  %2
</source>
        <translation>%1  %2
</translation>
    </message>
    <message>
        <source>Layanan   : %1 — %2
</source>
        <translation>Service   : %1 — %2
</translation>
    </message>
    <message>
        <source>Saluran   : %1
</source>
        <translation>Channel   : %1
</translation>
    </message>
    <message>
        <source>Pemohon   : %1 (NIK %2)
</source>
        <translation>Applicant : %1 (NIK %2)
</translation>
    </message>
    <message>
        <source>Diajukan  : %1
</source>
        <translation>Submitted : %1
</translation>
    </message>
    <message>
        <source>Riwayat:
</source>
        <translation>History:
</translation>
    </message>
    <message>
        <source>Tanda terima ditulis ke %1.</source>
        <translation>Receipt written to %1.</translation>
    </message>
    <message>
        <source>Kode layanan</source>
        <translation>Service code</translation>
    </message>
    <message>
        <source>Standar pelayanan ditulis ke %1.</source>
        <translation>Service standard written to %1.</translation>
    </message>
    <message>
        <source>Leaflet layanan daring ditulis ke %1.</source>
        <translation>Online services leaflet written to %1.</translation>
    </message>
    <message>
        <source>Tanggal &quot;%1&quot; tidak sah: tulis TTTT-BB-HH.</source>
        <translation>Invalid date &quot;%1&quot;: write YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Hari libur %1 dicatat.</source>
        <translation>Holiday %1 recorded.</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 ditugaskan kepada %2.</source>
        <translation>%1 assigned to %2.</translation>
    </message>
    <message>
        <source>--limit harus berupa angka.</source>
        <translation>--limit must be a number.</translation>
    </message>
    <message>
        <source>  TERLAMBAT</source>
        <translation>  OVERDUE</translation>
    </message>
    <message>
        <source>Antrian kosong.</source>
        <translation>The queue is empty.</translation>
    </message>
    <message>
        <source>Pemberitahuan ditulis ke %1.</source>
        <translation>Notice written to %1.</translation>
    </message>
    <message>
        <source>Berkas atau folder JSON</source>
        <translation>JSON file or folder</translation>
    </message>
    <message>
        <source>%1: diimpor sebagai %2
</source>
        <translation>%1: imported as %2
</translation>
    </message>
    <message>
        <source>%1: sudah ada (%2)
</source>
        <translation>%1: already present (%2)
</translation>
    </message>
    <message>
        <source>%1: DITOLAK — %2
</source>
        <translation>%1: REJECTED — %2
</translation>
    </message>
    <message numerus="yes">
        <source>%n hari kerja</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Target    : %1
</source>
        <translation>Due       : %1
</translation>
    </message>
    <message>
        <source>KONFLIK: %1 oleh %2 di %3 (%4) tidak dapat diterapkan — selesaikan dengan &quot;request resolve&quot; --event %5
</source>
        <translation>CONFLICT: %1 by %2 at %3 (%4) could not be applied — settle it with &quot;request resolve&quot; --event %5
</translation>
    </message>
    <message>
        <source>Konflik %1 pada %2 diselesaikan.</source>
        <translation>Conflict %1 on %2 settled.</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  %3 (%n halaman, %4)
</source>
        <translation>
            <numerusform>%1  %2  %3 (%n page, %4)
</numerusform>
            <numerusform>%1  %2  %3 (%n pages, %4)
</numerusform>
        </translation>
    </message>
    <message>
        <source>    halaman %1: %2, %3 × %4 px, %5 dpi, %6  sha256 %7%8
</source>
        <translation>    page %1: %2, %3 × %4 px, %5 dpi, %6  sha256 %7%8
</translation>
    </message>
    <message>
        <source>  (tampak kosong: periksa)</source>
        <translation>  (looks blank: check it)</translation>
    </message>
    <message>
        <source>Tidak ada pemindai yang ditemukan.
</source>
        <translation>No scanner found.
</translation>
    </message>
    <message>
        <source>--option memerlukan NAMA=NILAI, bukan &quot;%1&quot;.</source>
        <translation>--option needs NAME=VALUE, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Pilih salah satu: --scan PERANGKAT atau --file BERKAS ...</source>
        <translation>Choose one: --scan DEVICE or --file FILE ...</translation>
    </message>
    <message>
        <source>--resolution memerlukan angka dpi, bukan &quot;%1&quot;.</source>
        <translation>--resolution needs a dpi number, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Pemindaian dibatalkan: tidak ada yang disimpan.</source>
        <translation>Scan cancelled: nothing was saved.</translation>
    </message>
    <message>
        <source>Dokumen disimpan:
</source>
        <translation>Document saved:
</translation>
    </message>
    <message>
        <source>Belum ada dokumen.</source>
        <translation>No documents yet.</translation>
    </message>
    <message>
        <source>Nomor dokumen</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Dokumen ditulis ke %1 (%2).</source>
        <translation>Document written to %1 (%2).</translation>
    </message>
    <message>
        <source>Masa simpan memerlukan jumlah hari, bukan &quot;%1&quot;.</source>
        <translation>The retention period needs a number of days, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Masa simpan dokumen: %1 hari.</source>
        <translation>Document retention period: %1 days.</translation>
    </message>
    <message>
        <source>Masa simpan dokumen belum diatur: dokumen disimpan terus.</source>
        <translation>No document retention period set: documents are kept indefinitely.</translation>
    </message>
    <message numerus="yes">
        <source>%n dokumen dihapus; %1 dibebaskan.</source>
        <translation>
            <numerusform>%n document deleted; %1 freed.</numerusform>
            <numerusform>%n documents deleted; %1 freed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Berkas gambar</source>
        <translation>Image file</translation>
    </message>
    <message>
        <source>Berkas &quot;%1&quot; bukan gambar: NIK dibaca dari foto atau pindaian KTP.</source>
        <translation>File &quot;%1&quot; is not an image: the NIK is read from a photo or scan of the KTP.</translation>
    </message>
    <message>
        <source>Tidak ada NIK yang terbaca dengan yakin pada %1.</source>
        <translation>No NIK could be read with confidence in %1.</translation>
    </message>
    <message>
        <source>NIK %1 (keyakinan %2%) — periksa dengan KTP aslinya.</source>
        <translation>NIK %1 (confidence %2%) — check it against the original KTP.</translation>
    </message>
    <message>
        <source>%1–%2 dpi (ditawarkan: %3)</source>
        <translation>%1–%2 dpi (offered: %3)</translation>
    </message>
    <message>
        <source> (bidang pindai maks. %1 × %2 mm)</source>
        <translation> (scan area max. %1 × %2 mm)</translation>
    </message>
    <message>
        <source>    sumber: %1
    mode: %2
    resolusi: %3
    kertas: %4
</source>
        <translation>    sources: %1
    modes: %2
    resolutions: %3
    paper: %4
</translation>
    </message>
    <message>
        <source>    kemampuan tidak dapat dibaca: %1
</source>
        <translation>    capabilities could not be read: %1
</translation>
    </message>
    <message>
        <source>Audit utuh: %1 entri dan %2 baris riwayat diperiksa.</source>
        <translation>Audit intact: %1 entries and %2 history rows checked.</translation>
    </message>
    <message>
        <source>Audit tidak utuh: %1 temuan.</source>
        <translation>Audit not intact: %1 findings.</translation>
    </message>
    <message>
        <source>%1 baris riwayat lama kini dicakup audit.</source>
        <translation>%1 older history rows are now covered by the audit.</translation>
    </message>
    <message>
        <source>--keep memerlukan angka (tertulis: &quot;%1&quot;).</source>
        <translation>--keep needs a number (written: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Cadangan dibuat: %1</source>
        <translation>Backup made: %1</translation>
    </message>
    <message>
        <source>  ukuran %1, %2 halaman basis data, %3 berkas (%4), %5 permohonan, %6 ms</source>
        <translation>  size %1, %2 database pages, %3 files (%4), %5 requests, %6 ms</translation>
    </message>
    <message>
        <source>  pemeriksaan: quick_check %1, SHA-256 semua berkas cocok; SHA-256 loket.db %2</source>
        <translation>  check: quick_check %1, SHA-256 of every file matches; SHA-256 of loket.db %2</translation>
    </message>
    <message>
        <source>  cadangan lama dihapus: %1</source>
        <translation>  old backups deleted: %1</translation>
    </message>
    <message>
        <source>Cadangan (folder, manifest.json atau loket.db)</source>
        <translation>Backup (folder, manifest.json or loket.db)</translation>
    </message>
    <message>
        <source>Cadangan %1 utuh: loket.db cocok dengan manifest (SHA-256), quick_check ok, %2 berkas dan %3 entri audit diperiksa; dibuat %4, skema versi %5, %6 permohonan.</source>
        <translation>Backup %1 is intact: loket.db matches the manifest (SHA-256), quick_check ok, %2 files and %3 audit entries checked; made %4, schema version %5, %6 requests.</translation>
    </message>
    <message>
        <source>catatan: cadangan ini dibuat oleh Loket yang lebih baru (skema versi %1; Loket ini mengenal sampai versi %2): perbarui Loket sebelum memulihkannya.</source>
        <translation>note: this backup was made by a newer Loket (schema version %1; this Loket knows up to version %2): update Loket before restoring it.</translation>
    </message>
    <message>
        <source>Cadangan %1 rusak:</source>
        <translation>Backup %1 is damaged:</translation>
    </message>
    <message>
        <source>Folder cadangan : %1
</source>
        <translation>Backup folder  : %1
</translation>
    </message>
    <message>
        <source>(belum diatur)</source>
        <translation>(not set)</translation>
    </message>
    <message numerus="yes">
        <source>Disimpan       : %n cadangan terakhir
</source>
        <translation>
            <numerusform>Kept           : the last %n backup
</numerusform>
            <numerusform>Kept           : the last %n backups
</numerusform>
        </translation>
    </message>
    <message>
        <source>Harian         : %1
</source>
        <translation>Daily          : %1
</translation>
    </message>
    <message>
        <source>ya (saat aplikasi Loket terbuka)</source>
        <translation>yes (while the Loket app is open)</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Terakhir baik  : %1
</source>
        <translation>Last good      : %1
</translation>
    </message>
    <message>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Gagal terakhir : %1  %2
</source>
        <translation>Last failure   : %1  %2
</translation>
    </message>
    <message>
        <source>--daily memerlukan on atau off.</source>
        <translation>--daily needs on or off.</translation>
    </message>
    <message>
        <source>Basis data %1 dipulihkan dari %2: skema versi %3, %4 permohonan.</source>
        <translation>Database %1 restored from %2: schema version %3, %4 requests.</translation>
    </message>
    <message>
        <source>Basis data sebelumnya disimpan sebagai %1.</source>
        <translation>The previous database was kept as %1.</translation>
    </message>
    <message>
        <source>Sebutkan paling sedikit satu isian yang diubah (--name, --address, --phone ...).</source>
        <translation>Name at least one field to change (--name, --address, --phone ...).</translation>
    </message>
    <message>
        <source>%1: KONFLIK — %2
</source>
        <translation>%1: CONFLICT — %2
</translation>
    </message>
    <message>
        <source>diimpor %1, sudah ada %2, konflik %3, ditolak %4</source>
        <translation>imported %1, already present %2, conflict %3, rejected %4</translation>
    </message>
    <message>
        <source>--%1 harus berupa tanggal YYYY-MM-DD.</source>
        <translation>--%1 must be a date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 %2 tidak dapat dibaca.</source>
        <translation>%1 %2 cannot be read.</translation>
    </message>
    <message>
        <source>%1 %2 bukan JSON yang sah: %3.</source>
        <translation>%1 %2 is not valid JSON: %3.</translation>
    </message>
    <message>
        <source>Kunci tanda tangan %1 dibuat untuk %2.</source>
        <translation>Signing key %1 made for %2.</translation>
    </message>
    <message>
        <source>%1 kunci publik dan %2 surat dicabut ditulis ke %3.</source>
        <translation>%1 public keys and %2 revoked letters written to %3.</translation>
    </message>
    <message>
        <source>--field harus berbentuk NAMA=NILAI: %1</source>
        <translation>--field must look like NAME=VALUE: %1</translation>
    </message>
    <message>
        <source>Konsep surat %1 (%2, templat versi %3), status %4:
</source>
        <translation>Letter draft %1 (%2, template version %3), status %4:
</translation>
    </message>
    <message>
        <source>— belum diisi —</source>
        <translation>— not filled in —</translation>
    </message>
    <message>
        <source>Pratinjau ditulis ke %1 (%2 halaman).
</source>
        <translation>Preview written to %1 (%2 pages).
</translation>
    </message>
    <message>
        <source>Sebutkan nomor pelacakan permohonan yang ditandatangani.</source>
        <translation>Name the tracking numbers of the requests to sign.</translation>
    </message>
    <message>
        <source>--pdf hanya untuk satu permohonan.</source>
        <translation>--pdf is for one request only.</translation>
    </message>
    <message>
        <source>Paling banyak 1000 permohonan sekali tanda tangan.</source>
        <translation>At most 1000 requests in one signing.</translation>
    </message>
    <message>
        <source>%1: surat %2 diterbitkan (%3 halaman).
</source>
        <translation>%1: letter %2 issued (%3 pages).
</translation>
    </message>
    <message>
        <source>%1 — tidak diterbitkan
</source>
        <translation>%1 — not issued
</translation>
    </message>
    <message>
        <source>%1 dari %2 surat tidak diterbitkan.</source>
        <translation>%1 of %2 letters were not issued.</translation>
    </message>
    <message>
        <source>Nomor surat</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <source>--copies harus berupa angka.</source>
        <translation>--copies must be a number.</translation>
    </message>
    <message>
        <source>Salinan dikirim ke %1 (pekerjaan %2, %3 lembar).</source>
        <translation>Copy sent to %1 (job %2, %3 copies).</translation>
    </message>
    <message>
        <source>Surat dikirim ke %1 (pekerjaan %2, %3 lembar).</source>
        <translation>Letter sent to %1 (job %2, %3 copies).</translation>
    </message>
    <message>
        <source>Segel, alamat, PDF atau gambar</source>
        <translation>Seal, address, PDF or image</translation>
    </message>
    <message>
        <source>Berkas kunci</source>
        <translation>Key file</translation>
    </message>
    <message>
        <source>Berkas kunci %1 bukan berformat loket-keys/1.</source>
        <translation>Key file %1 is not in the loket-keys/1 format.</translation>
    </message>
    <message>
        <source>Surat %1
</source>
        <translation>Letter %1
</translation>
    </message>
    <message>
        <source>  Nomor      : %1
  Tanggal    : %2
  Perihal    : %3
  Nama       : %4
</source>
        <translation>  Number     : %1
  Date       : %2
  Subject    : %3
  Name       : %4
</translation>
    </message>
    <message>
        <source>  Penandatangan: %1 (%2)
</source>
        <translation>  Signed by  : %1 (%2)
</translation>
    </message>
    <message>
        <source>  Keterangan : %1%2
</source>
        <translation>  Note       : %1%2
</translation>
    </message>
    <message>
        <source>Surat %1 dicabut: %2</source>
        <translation>Letter %1 revoked: %2</translation>
    </message>
    <message>
        <source>Nomor %1 dibatalkan: %2</source>
        <translation>Number %1 voided: %2</translation>
    </message>
    <message>
        <source>Register ditulis ke %1.
</source>
        <translation>Register written to %1.
</translation>
    </message>
    <message>
        <source>Belum ada surat.</source>
        <translation>No letters yet.</translation>
    </message>
    <message>
        <source>PDF surat ditulis ke %1.</source>
        <translation>Letter PDF written to %1.</translation>
    </message>
    <message>
        <source>Layanan %1 belum memiliki templat surat.</source>
        <translation>Service %1 has no letter template yet.</translation>
    </message>
    <message>
        <source>Templat %1 versi %2 ditulis ke %3.</source>
        <translation>Template %1 version %2 written to %3.</translation>
    </message>
    <message>
        <source>Berkas templat</source>
        <translation>Template file</translation>
    </message>
    <message>
        <source>Templat</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Templat %1 versi %2 disimpan.</source>
        <translation>Template %1 version %2 saved.</translation>
    </message>
    <message>
        <source>Alamat verifikasi: %1
Format nomor: %2
Register: %3</source>
        <translation>Verification address: %1
Number format: %2
Registers: %3</translation>
    </message>
    <message>
        <source>(belum diisi)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Tidak ada perubahan baru untuk aplikasi daring.</source>
        <translation>Nothing new for the online application.</translation>
    </message>
    <message>
        <source>%1 permohonan daring, %2 perubahan status, %3 surat ditulis ke %4.</source>
        <translation>%1 online requests, %2 status changes, %3 letters written to %4.</translation>
    </message>
    <message>
        <source>
Kata sandi --as dibaca dari LOKET_PASSWORD, kata sandi pengguna baru dari LOKET_NEW_PASSWORD, frasa sandi tanda tangan dari LOKET_PASSPHRASE, atau dari baris masukan standar.
Kode keluar: 0 berhasil, 1 ditolak, 2 salah pemakaian.
</source>
        <translation>
The --as password is read from LOKET_PASSWORD, a new user&apos;s password from LOKET_NEW_PASSWORD, a signer&apos;s passphrase from LOKET_PASSPHRASE, or else from a line of standard input.
Exit codes: 0 success, 1 refused, 2 usage error.
</translation>
    </message>
    <message>
        <source>%1 %2 terlalu besar (paling besar 5 MB).</source>
        <translation>%1 %2 is too large (5 MB at most).</translation>
    </message>
    <message>
        <source>  Catatan    : %1
</source>
        <translation>  Checked    : %1
</translation>
    </message>
    <message>
        <source>Halaman verifikasi ditulis ke %1 (%2 kunci, %3 surat dicabut, keadaan %4).
</source>
        <translation>Verification page written to %1 (%2 keys, %3 revoked letters, as of %4).
</translation>
    </message>
    <message>
        <source>Pasang berkas itu di %1, atau bagikan berkasnya; ekspor lagi sesudah mencabut surat atau membuat kunci baru.
</source>
        <translation>Put that file at %1, or share the file; export again after revoking a letter or making a new key.
</translation>
    </message>
    <message>
        <source>Perhatian: %1
</source>
        <translation>Attention: %1
</translation>
    </message>
    <message>
        <source>Hub %1 siap (skema versi %2, %3 migrasi dijalankan); loket ini terdaftar dan mengingat alamatnya.</source>
        <translation>Hub %1 ready (schema version %2, %3 migrations run); this counter is registered and remembers its address.</translation>
    </message>
    <message>
        <source>Belum terhubung ke hub.
</source>
        <translation>Not linked to a hub.
</translation>
    </message>
    <message>
        <source>Hub: %1
</source>
        <translation>Hub: %1
</translation>
    </message>
    <message>
        <source>Perubahan menunggu dikirim: %1 (terkirim sampai nomor %2)
</source>
        <translation>Changes waiting to be sent: %1 (sent up to number %2)
</translation>
    </message>
    <message>
        <source>Terakhir berhasil: %1
</source>
        <translation>Last success: %1
</translation>
    </message>
    <message>
        <source>Galat terakhir (%1): %2
</source>
        <translation>Last error (%1): %2
</translation>
    </message>
    <message>
        <source>Terkirim %1 perubahan, diterima %2 (%3 diterapkan), %4 konflik baru; berkas terkirim %5, diterima %6</source>
        <translation>Sent %1 changes, received %2 (%3 applied), %4 new conflicts; documents sent %5, received %6</translation>
    </message>
    <message>
        <source>, %1 berkas belum tersedia di hub</source>
        <translation>, %1 documents not yet on the hub</translation>
    </message>
    <message>
        <source>Galat: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>--interval harus antara 1 dan 3600 detik.</source>
        <translation>--interval must be between 1 and 3600 seconds.</translation>
    </message>
    <message>
        <source>Loket %1 bergabung dengan kantor %2: %3 perubahan dan %4 berkas diterima dari hub.</source>
        <translation>Counter %1 joined office %2: %3 changes and %4 documents received from the hub.</translation>
    </message>
    <message>
        <source>Konflik terbuka: %1
</source>
        <translation>Open conflicts: %1
</translation>
    </message>
    <message>
        <source>Cocok dengan %1 ujung rantai yang dicatat hub.</source>
        <translation>Matches %1 chain heads recorded by the hub.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>%1 tidak diberikan: isi variabel %2 atau tulis satu baris di masukan standar.</source>
        <translation>%1 not given: set the variable %2 or write it as one line on standard input.</translation>
    </message>
    <message>
        <source>Perintah ini memerlukan pengguna: tambahkan --as NAMA_PENGGUNA.</source>
        <translation>This command needs a user: add --as USERNAME.</translation>
    </message>
    <message>
        <source>Basis data belum diinisialisasi: jalankan &quot;loket-cli init&quot; terlebih dahulu.</source>
        <translation>The database has not been initialized: run &quot;loket-cli init&quot; first.</translation>
    </message>
    <message>
        <source>Kata sandi %1</source>
        <translation>Password for %1</translation>
    </message>
    <message>
        <source>Kata sandi pengguna baru</source>
        <translation>Password for the new user</translation>
    </message>
    <message>
        <source>Frasa sandi tanda tangan</source>
        <translation>Signing passphrase</translation>
    </message>
</context>
<context>
    <name>CupsPrinter</name>
    <message>
        <source>Jumlah salinan harus 1–20.</source>
        <translation>The number of copies must be 1–20.</translation>
    </message>
    <message>
        <source>Tidak ada printer bawaan: pilih printer.</source>
        <translation>No default printer: choose a printer.</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; tidak dikenal oleh CUPS.</source>
        <translation>CUPS does not know printer &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Berkas cetak sementara tidak dapat ditulis.</source>
        <translation>The temporary print file cannot be written.</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; menolak pekerjaan cetak: %2</source>
        <translation>Printer &quot;%1&quot; refused the print job: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Lokasi basis data kosong.</source>
        <translation>No database location given.</translation>
    </message>
    <message>
        <source>%1 adalah folder, bukan berkas basis data.</source>
        <translation>%1 is a folder, not a database file.</translation>
    </message>
    <message>
        <source>Basis data %1 rusak (quick_check: %2). Pulihkan dari cadangan.</source>
        <translation>Database %1 is corrupted (quick_check: %2). Restore it from a backup.</translation>
    </message>
    <message>
        <source>Basis data %1 tidak dapat dibuka: %2</source>
        <translation>Database %1 could not be opened: %2</translation>
    </message>
    <message>
        <source>Basis data %1 tidak dapat memakai mode WAL (mode: %2).</source>
        <translation>Database %1 cannot use WAL mode (mode: %2).</translation>
    </message>
    <message>
        <source>Folder %1 tidak dapat dibuat. Periksa bahwa disk terpasang dan folder induknya dapat ditulis.</source>
        <translation>Folder %1 cannot be created. Check that the disk is attached and its parent folder is writable.</translation>
    </message>
    <message>
        <source>Basis data %1 memakai skema versi %2, sedangkan Loket ini hanya mengenal sampai versi %3: basis data itu sudah dipakai oleh Loket yang lebih baru. Perbarui Loket di komputer ini; basis data tidak diubah.</source>
        <translation>Database %1 uses schema version %2, while this Loket knows only up to version %3: that database is already used by a newer Loket. Update Loket on this computer; the database was not changed.</translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <source>Permohonan %1 tidak ditemukan.</source>
        <translation>Request %1 not found.</translation>
    </message>
    <message>
        <source>Sumber dokumen &quot;%1&quot; tidak dikenal.</source>
        <translation>Unknown document source &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Dokumen tanpa halaman tidak disimpan.</source>
        <translation>A document without pages is not saved.</translation>
    </message>
    <message>
        <source>Dokumen terlalu banyak halaman (%1; paling banyak %2).</source>
        <translation>The document has too many pages (%1; at most %2).</translation>
    </message>
    <message>
        <source>Permohonan %1 tidak mempunyai persyaratan &quot;%2&quot;.</source>
        <translation>Request %1 has no requirement &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Halaman kosong tidak disimpan.</source>
        <translation>Empty pages are not saved.</translation>
    </message>
    <message>
        <source>Jenis halaman &quot;%1&quot; tidak disimpan.</source>
        <translation>Pages of type &quot;%1&quot; are not saved.</translation>
    </message>
    <message>
        <source>Tidak ada berkas yang dipilih.</source>
        <translation>No file selected.</translation>
    </message>
    <message>
        <source>Sebuah PDF disimpan sebagai dokumen tersendiri: tambahkan satu per satu.</source>
        <translation>A PDF is stored as a separate document: add PDFs one at a time.</translation>
    </message>
    <message>
        <source>%1 dan %2 berkas lain</source>
        <translation>%1 and %2 more</translation>
    </message>
    <message>
        <source>Dokumen %1 tidak ditemukan.</source>
        <translation>Document %1 not found.</translation>
    </message>
    <message>
        <source>Dokumen %1 — %2</source>
        <translation>Document %1 — %2</translation>
    </message>
    <message>
        <source>Halaman %1 dokumen %2 tidak dapat dibaca.</source>
        <translation>Page %1 of document %2 could not be read.</translation>
    </message>
    <message>
        <source>PDF tidak dapat dibuat.</source>
        <translation>The PDF could not be created.</translation>
    </message>
    <message>
        <source>Masa simpan %1 hari di luar 0–36500 hari.</source>
        <translation>A retention period of %1 days is outside 0–36500 days.</translation>
    </message>
    <message>
        <source>Data kantor belum diisi.</source>
        <translation>The office details have not been entered.</translation>
    </message>
    <message>
        <source>Masa simpan dokumen belum diatur: tidak ada yang dihapus.</source>
        <translation>No document retention period set: nothing was deleted.</translation>
    </message>
    <message>
        <source>Berkas tidak dapat ditambahkan ke permohonan %1 yang berstatus &quot;%2&quot;: berkas hanya dapat ditambahkan sampai permohonan diajukan untuk ditandatangani.</source>
        <translation>Papers cannot be added to request %1 with status &quot;%2&quot;: papers can only be added until the request is sent for signature.</translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <source>tidak ada penanda akhir %%EOF (berkas terpotong?)</source>
        <translation>no %%EOF end marker (file cut off?)</translation>
    </message>
    <message>
        <source>tidak ada startxref</source>
        <translation>no startxref</translation>
    </message>
    <message>
        <source>tabel rujukan silang (xref) tidak ditemukan di tempat yang ditunjuk (berkas rusak)</source>
        <translation>cross-reference table (xref) not found where it should be (file corrupted)</translation>
    </message>
    <message>
        <source>Berkas &quot;%1&quot; kosong.</source>
        <translation>File &quot;%1&quot; is empty.</translation>
    </message>
    <message>
        <source>Berkas &quot;%1&quot; terlalu besar (paling besar %2 MB).</source>
        <translation>File &quot;%1&quot; is too large (at most %2 MB).</translation>
    </message>
    <message>
        <source>Berkas &quot;%1&quot; bukan JPEG, PNG, TIFF atau PDF: isinya halaman web (HTML).</source>
        <translation>File &quot;%1&quot; is not a JPEG, PNG, TIFF or PDF: it contains a web page (HTML).</translation>
    </message>
    <message>
        <source>Berkas &quot;%1&quot; bukan JPEG, PNG, TIFF atau PDF.</source>
        <translation>File &quot;%1&quot; is not a JPEG, PNG, TIFF or PDF.</translation>
    </message>
    <message>
        <source>Berkas &quot;%1&quot;: akhiran .%2 tidak diterima (JPEG, PNG, TIFF atau PDF).</source>
        <translation>File &quot;%1&quot;: the extension .%2 is not accepted (JPEG, PNG, TIFF or PDF).</translation>
    </message>
    <message>
        <source>Berkas &quot;%1&quot; berisi %2, tetapi namanya berakhiran .%3.</source>
        <translation>File &quot;%1&quot; contains %2, but its name ends in .%3.</translation>
    </message>
    <message>
        <source>Berkas &quot;%1&quot; bukan PDF yang dapat dibaca: %2.</source>
        <translation>File &quot;%1&quot; is not a readable PDF: %2.</translation>
    </message>
    <message>
        <source>Berkas &quot;%1&quot; terpotong: JPEG-nya tidak lengkap.</source>
        <translation>File &quot;%1&quot; is cut off: the JPEG is incomplete.</translation>
    </message>
    <message>
        <source>Berkas &quot;%1&quot; terpotong: PNG-nya tidak lengkap.</source>
        <translation>File &quot;%1&quot; is cut off: the PNG is incomplete.</translation>
    </message>
    <message>
        <source>Berkas &quot;%1&quot; rusak: ukuran gambarnya tidak terbaca.</source>
        <translation>File &quot;%1&quot; is corrupted: its image size cannot be read.</translation>
    </message>
    <message>
        <source>Berkas &quot;%1&quot; rusak atau terpotong: %2</source>
        <translation>File &quot;%1&quot; is corrupted or cut off: %2</translation>
    </message>
    <message>
        <source>Berkas &quot;%1&quot; rusak: halaman %2 tidak terbaca.</source>
        <translation>File &quot;%1&quot; is corrupted: page %2 cannot be read.</translation>
    </message>
    <message>
        <source>skrip JavaScript (/%1)</source>
        <translation>JavaScript (/%1)</translation>
    </message>
    <message>
        <source>perintah menjalankan program (/Launch)</source>
        <translation>a command that runs a program (/Launch)</translation>
    </message>
    <message>
        <source>berkas lain yang disisipkan (/%1)</source>
        <translation>other embedded files (/%1)</translation>
    </message>
    <message>
        <source>tindakan otomatis (/%1)</source>
        <translation>automatic actions (/%1)</translation>
    </message>
    <message>
        <source>lebih dari %1</source>
        <translation>more than %1</translation>
    </message>
    <message>
        <source>Berkas &quot;%1&quot; berisi terlalu banyak halaman (%2; paling banyak %3 halaman dalam satu berkas gambar).</source>
        <translation>File &quot;%1&quot; has too many pages (%2; at most %3 pages in one image file).</translation>
    </message>
    <message>
        <source>Gambar &quot;%1&quot; mengaku berukuran %2 × %3 piksel (%4 megapiksel): terlalu besar untuk sebuah dokumen (paling besar %5 megapiksel dan %6 piksel per sisi).</source>
        <translation>Image &quot;%1&quot; claims to be %2 × %3 pixels (%4 megapixels): too large for a document (at most %5 megapixels and %6 pixels a side).</translation>
    </message>
    <message>
        <source>Berkas &quot;%1&quot; berisi %2 halaman dengan jumlah %3 megapiksel: terlalu banyak piksel (paling banyak %4 megapiksel dalam satu berkas).</source>
        <translation>File &quot;%1&quot; has %2 pages with %3 megapixels in all: too many pixels (at most %4 megapixels in one file).</translation>
    </message>
    <message>
        <source>Berkas &quot;%1&quot; memerlukan %2 MB memori untuk dibuka: paling banyak %3 MB.</source>
        <translation>File &quot;%1&quot; needs %2 MB of memory to open: at most %3 MB.</translation>
    </message>
    <message>
        <source>Berkas &quot;%1&quot; ditolak: isinya halaman web atau skrip (HTML) yang membungkus sebuah PDF. Konten aktif tidak diterima sebagai dokumen; simpan PDF-nya sendiri.</source>
        <translation>File &quot;%1&quot; refused: it is a web page or script (HTML) wrapping a PDF. Active content is not accepted as a document; save the PDF itself.</translation>
    </message>
    <message>
        <source>Berkas &quot;%1&quot; bukan PDF yang sah: kepala %PDF- tidak berada di awal berkas (ada %2 bait lain sebelumnya).</source>
        <translation>File &quot;%1&quot; is not a valid PDF: the %PDF- header is not at the start of the file (%2 other bytes come before it).</translation>
    </message>
    <message>
        <source>Berkas &quot;%1&quot; ditolak: PDF ini berisi konten aktif, yaitu %2. Dokumen dengan skrip, tindakan otomatis atau berkas sisipan tidak diterima; minta PDF biasa atau pindai kertasnya.</source>
        <translation>File &quot;%1&quot; refused: this PDF carries active content, namely %2. Documents with scripts, automatic actions or embedded files are not accepted; ask for a plain PDF or scan the paper.</translation>
    </message>
    <message>
        <source>aliran objeknya terlalu besar</source>
        <translation>its object stream is too large</translation>
    </message>
    <message>
        <source>aliran objeknya dimampatkan dengan cara yang tidak dikenal</source>
        <translation>its object stream is compressed in an unknown way</translation>
    </message>
    <message>
        <source>aliran objeknya rusak atau terenkripsi</source>
        <translation>its object stream is damaged or encrypted</translation>
    </message>
    <message>
        <source>Berkas &quot;%1&quot; ditolak: isi PDF ini tidak dapat diperiksa dari konten aktif (%2).</source>
        <translation>File &quot;%1&quot; refused: the content of this PDF cannot be checked for active content (%2).</translation>
    </message>
    <message>
        <source>Berkas &quot;%1&quot; berisi terlalu banyak halaman (%2; paling banyak %3).</source>
        <translation>File &quot;%1&quot; has too many pages (%2; at most %3).</translation>
    </message>
    <message>
        <source>Berkas &quot;%1&quot; rusak: jumlah halamannya tidak dapat dipastikan.</source>
        <translation>File &quot;%1&quot; is damaged: its number of pages cannot be determined.</translation>
    </message>
    <message>
        <source>Berkas &quot;%1&quot; rusak: halaman %2 tidak berukuran seperti yang dinyatakannya.</source>
        <translation>File &quot;%1&quot; is damaged: page %2 is not the size it declares.</translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <source>Tanggal libur tidak sah.</source>
        <translation>Invalid holiday date.</translation>
    </message>
    <message>
        <source>Nama hari libur wajib diisi (paling banyak 120 karakter).</source>
        <translation>Enter the name of the holiday (at most 120 characters).</translation>
    </message>
</context>
<context>
    <name>HubConnection</name>
    <message>
        <source>Alamat hub harus berbentuk postgresql://pengguna@host:port/basisdata (tertulis: %1).</source>
        <translation>The hub address must look like postgresql://user@host:port/database (written: %1).</translation>
    </message>
    <message>
        <source>Jangan menulis kata sandi hub di alamatnya: pakai LOKET_HUB_PASSWORD atau berkas ~/.pgpass.</source>
        <translation>Do not write the hub password in its address: use LOKET_HUB_PASSWORD or the ~/.pgpass file.</translation>
    </message>
    <message>
        <source>Alamat hub %1 tidak lengkap: perlu pengguna, host dan nama basis data, misalnya postgresql://loket@192.168.1.10:5432/loket.</source>
        <translation>Hub address %1 is incomplete: it needs a user, a host and a database name, e.g. postgresql://loket@192.168.1.10:5432/loket.</translation>
    </message>
    <message>
        <source>Pilihan alamat hub &quot;%1=%2&quot; tidak dikenal; yang dikenal: sslmode=%3.</source>
        <translation>Unknown hub address option &quot;%1=%2&quot;; known: sslmode=%3.</translation>
    </message>
    <message>
        <source>Hub %1 menolak pengguna %2: kata sandi salah atau tidak ada (LOKET_HUB_PASSWORD atau ~/.pgpass).</source>
        <translation>Hub %1 refused user %2: wrong or missing password (LOKET_HUB_PASSWORD or ~/.pgpass).</translation>
    </message>
    <message>
        <source>Hub %1 tidak dapat dihubungi: %2</source>
        <translation>Hub %1 cannot be reached: %2</translation>
    </message>
    <message>
        <source>Kata sandi hub kosong atau memuat baris baru.</source>
        <translation>The hub password is empty or holds a line break.</translation>
    </message>
    <message>
        <source>Berkas kata sandi %1 terlalu besar.</source>
        <translation>Password file %1 is too large.</translation>
    </message>
    <message>
        <source>Berkas kata sandi %1 tidak dapat ditulis.</source>
        <translation>Password file %1 cannot be written.</translation>
    </message>
</context>
<context>
    <name>HubLog</name>
    <message>
        <source>Kode loket %1 sudah dipakai komputer lain di hub kantor %2. Pilih kode loket lain.</source>
        <translation>Counter code %1 is already used by another PC on the hub of office %2. Choose another counter code.</translation>
    </message>
    <message>
        <source>Kantor %1 belum terdaftar di hub.</source>
        <translation>Office %1 is not registered on the hub.</translation>
    </message>
    <message>
        <source>Loket ini belum terdaftar di hub kantor %1.</source>
        <translation>This counter is not registered on the hub of office %1.</translation>
    </message>
    <message>
        <source>Urutan perubahan loket ini mundur: perubahan nomor %1 berbeda dengan yang sudah diterima hub. Basis data loket ini mungkin dipulihkan dari cadangan lama atau disalin dari komputer lain; loket ini harus bergabung ulang.</source>
        <translation>This counter&apos;s change sequence went back: change number %1 differs from the one the hub already accepted. This counter&apos;s database may have been restored from an old backup or copied from another PC; this counter must rejoin.</translation>
    </message>
    <message>
        <source>Perubahan nomor %1 dikirim dua kali dalam satu kiriman.</source>
        <translation>Change number %1 was sent twice in one batch.</translation>
    </message>
    <message>
        <source>Berkas %1 belum dikirim ke hub.</source>
        <translation>Document %1 has not been sent to the hub.</translation>
    </message>
    <message>
        <source>Berkas %1 belum lengkap di hub.</source>
        <translation>Document %1 is not complete on the hub.</translation>
    </message>
    <message>
        <source>Berkas %1 rusak dalam pengiriman (SHA-256 tidak cocok) dan dikirim ulang pada sinkronisasi berikutnya.</source>
        <translation>Document %1 was damaged in transfer (SHA-256 does not match) and is sent again at the next sync.</translation>
    </message>
    <message>
        <source>Bagian %1 berkas %2 tidak ada di hub.</source>
        <translation>Part %1 of document %2 is not on the hub.</translation>
    </message>
</context>
<context>
    <name>IdentityNumber</name>
    <message>
        <source>%1 kosong.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>%1 harus 16 angka, tertulis %2 angka.</source>
        <translation>%1 must have 16 digits; %2 digits were entered.</translation>
    </message>
    <message>
        <source>Kode wilayah %1 tidak ada dalam daftar kode wilayah resmi (bisa kode lama yang sudah dimekarkan).</source>
        <translation>Area code %1 is not in the official list of area codes (it may be an old code from before the area was split).</translation>
    </message>
    <message>
        <source>Bagian tanggal lahir NIK (%1) tidak mungkin: harus 01–31, atau 41–71 untuk perempuan.</source>
        <translation>The birth-day part of the NIK (%1) is impossible: it must be 01–31, or 41–71 for women.</translation>
    </message>
    <message>
        <source>Bagian tanggal Nomor KK (%1) tidak mungkin: harus 01–31.</source>
        <translation>The day part of the KK number (%1) is impossible: it must be 01–31.</translation>
    </message>
    <message>
        <source>Bagian bulan %1 (%2) tidak mungkin: harus 01–12.</source>
        <translation>The month part of %1 (%2) is impossible: it must be 01–12.</translation>
    </message>
    <message>
        <source>Tanggal dalam %1 (%2-%3) tidak ada di kalender.</source>
        <translation>The date in %1 (%2-%3) does not exist in the calendar.</translation>
    </message>
    <message>
        <source>Nomor urut %1 (4 angka terakhir) tidak boleh 0000.</source>
        <translation>The serial number of %1 (last 4 digits) cannot be 0000.</translation>
    </message>
    <message>
        <source>Tanggal lahir %1 berbeda dengan yang tercantum di NIK (%2).</source>
        <translation>Date of birth %1 differs from the one encoded in the NIK (%2).</translation>
    </message>
    <message>
        <source>Jenis kelamin berbeda dengan yang tercantum di NIK.</source>
        <translation>Sex differs from the one encoded in the NIK.</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nomor KK</source>
        <translation>KK number</translation>
    </message>
    <message>
        <source>%1 hanya boleh berisi angka 0–9: karakter ke-%2 adalah &quot;%3&quot;%4.</source>
        <translation>%1 may hold only the digits 0–9: character %2 is &quot;%3&quot;%4.</translation>
    </message>
    <message>
        <source> (huruf O, bukan angka nol)</source>
        <translation> (the letter O, not the digit zero)</translation>
    </message>
    <message>
        <source> (huruf, bukan angka satu)</source>
        <translation> (a letter, not the digit one)</translation>
    </message>
</context>
<context>
    <name>Initializer</name>
    <message>
        <source>Basis data ini sudah diinisialisasi untuk loket %1.</source>
        <translation>This database has already been initialized for counter %1.</translation>
    </message>
    <message>
        <source>Kode kecamatan harus berbentuk PP.RR.DD, misalnya 33.02.27 (tertulis: &quot;%1&quot;).</source>
        <translation>The kecamatan code must have the form PP.RR.DD, e.g. 33.02.27 (entered: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Kode kecamatan %1 tidak ada dalam daftar kode wilayah resmi.</source>
        <translation>Kecamatan code %1 is not in the official list of area codes.</translation>
    </message>
    <message>
        <source>Loket %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <source>Loket 2</source>
        <translation>Counter 2</translation>
    </message>
</context>
<context>
    <name>IntakeService</name>
    <message>
        <source>Nama isian &quot;%1&quot; tidak sah: huruf kecil, angka atau garis bawah, diawali huruf.</source>
        <translation>Invalid field name &quot;%1&quot;: use lowercase letters, digits or underscores, starting with a letter.</translation>
    </message>
    <message>
        <source>Isian %1 terlalu panjang (%2 karakter): paling banyak %3.</source>
        <translation>Field %1 is too long (%2 characters): at most %3 are allowed.</translation>
    </message>
    <message>
        <source>Isian %1 berisi karakter kendali yang tidak boleh ada.</source>
        <translation>Field %1 contains control characters, which are not allowed.</translation>
    </message>
    <message>
        <source>Saluran &quot;%1&quot; tidak dikenal di loket: walk_in atau assisted.</source>
        <translation>Unknown channel &quot;%1&quot; at the counter: use walk_in or assisted.</translation>
    </message>
    <message>
        <source>Layanan %1 tidak ada di katalog.</source>
        <translation>Service %1 is not in the catalogue.</translation>
    </message>
    <message>
        <source>Layanan %1 sedang tidak dibuka.</source>
        <translation>Service %1 is currently not available.</translation>
    </message>
    <message>
        <source>Persyaratan %1 tidak ada pada layanan %2.</source>
        <translation>Service %2 has no requirement %1.</translation>
    </message>
    <message>
        <source>Persyaratan wajib belum diterima: %1. Lengkapi berkasnya atau catat permohonan sebagai belum lengkap.</source>
        <translation>Mandatory requirements not yet received: %1. Complete the documents or record the request as incomplete.</translation>
    </message>
    <message>
        <source>Penduduk ini masih punya permohonan %1 yang belum selesai: %2.</source>
        <translation>This resident still has an unfinished %1 request: %2.</translation>
    </message>
    <message>
        <source>Penduduk dengan NIK %1 belum terdaftar: daftarkan dulu.</source>
        <translation>No resident with NIK %1 is registered: register the resident first.</translation>
    </message>
    <message>
        <source>Persyaratan belum lengkap: %1</source>
        <translation>Requirements incomplete: %1</translation>
    </message>
    <message>
        <source>Permohonan %1 tidak ditemukan.</source>
        <translation>Request %1 not found.</translation>
    </message>
</context>
<context>
    <name>LetterRenderer</name>
    <message>
        <source>Kertas &quot;%1&quot; tidak dikenal: a4 atau f4.</source>
        <translation>Unknown paper &quot;%1&quot;: a4 or f4.</translation>
    </message>
</context>
<context>
    <name>LetterSeal</name>
    <message>
        <source>Segel terpotong.</source>
        <translation>The seal is cut off.</translation>
    </message>
    <message>
        <source>Segel memuat teks yang bukan UTF-8.</source>
        <translation>The seal holds text that is not UTF-8.</translation>
    </message>
    <message>
        <source>Data segel tidak lengkap.</source>
        <translation>The seal data is incomplete.</translation>
    </message>
    <message>
        <source>Versi segel tidak dikenal.</source>
        <translation>Unknown seal version.</translation>
    </message>
    <message>
        <source>Tanggal dalam segel tidak sah.</source>
        <translation>The date in the seal is invalid.</translation>
    </message>
    <message>
        <source>Segel memuat data berlebih.</source>
        <translation>The seal holds extra data.</translation>
    </message>
    <message>
        <source>Teks terlalu panjang untuk sebuah segel surat.</source>
        <translation>Text too long for a letter seal.</translation>
    </message>
    <message>
        <source>Bukan segel surat Loket: memuat karakter &quot;%1&quot;.</source>
        <translation>Not a Loket letter seal: it holds the character &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Bukan segel surat Loket.</source>
        <translation>Not a Loket letter seal.</translation>
    </message>
    <message>
        <source>Segel tidak ditulis dalam bentuk bakunya.</source>
        <translation>The seal is not written in its canonical form.</translation>
    </message>
</context>
<context>
    <name>LetterService</name>
    <message>
        <source>Permohonan %1 tidak ditemukan.</source>
        <translation>Request %1 not found.</translation>
    </message>
    <message>
        <source>Alasan wajib diisi (paling banyak %1 karakter).</source>
        <translation>A reason is required (at most %1 characters).</translation>
    </message>
    <message>
        <source>asli</source>
        <translation>genuine</translation>
    </message>
    <message>
        <source>diubah atau palsu</source>
        <translation>altered or forged</translation>
    </message>
    <message>
        <source>kunci tidak dikenal</source>
        <translation>unknown key</translation>
    </message>
    <message>
        <source>dicabut</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>Layanan %1 tidak ada dalam katalog.</source>
        <translation>Service %1 is not in the catalogue.</translation>
    </message>
    <message>
        <source>Akun %1 tidak terdaftar sebagai penandatangan aktif.</source>
        <translation>Account %1 is not registered as an active signer.</translation>
    </message>
    <message>
        <source>Layanan %1 belum memiliki templat surat.</source>
        <translation>Service %1 has no letter template yet.</translation>
    </message>
    <message>
        <source>Surat permohonan %1 hanya dapat disiapkan setelah diverifikasi dan sebelum diajukan untuk ditandatangani (status sekarang: %2).</source>
        <translation>The letter of request %1 can be prepared only after verification and before it is sent for signature (status now: %2).</translation>
    </message>
    <message>
        <source>Isian &quot;%1&quot; tidak ada pada templat %2: %3.</source>
        <translation>Field &quot;%1&quot; is not in template %2: %3.</translation>
    </message>
    <message>
        <source>%1 belum memiliki kunci tanda tangan: buat dahulu (loket-cli keys generate).</source>
        <translation>%1 has no signing key yet: make one first (loket-cli keys generate).</translation>
    </message>
    <message>
        <source>Surat %1 belum lengkap: %2 masih kosong.</source>
        <translation>Letter %1 is not complete: %2 still empty.</translation>
    </message>
    <message>
        <source>Nomor %1 sudah pernah diberikan: periksa format nomor surat.</source>
        <translation>Number %1 was given before: check the letter number format.</translation>
    </message>
    <message>
        <source>Kunci %1 bukan kunci kantor ini.</source>
        <translation>Key %1 is not a key of this office.</translation>
    </message>
    <message>
        <source>Tanda tangan digital tidak cocok dengan isi segel.</source>
        <translation>The digital signature does not match the content of the seal.</translation>
    </message>
    <message>
        <source>Isi surat yang tercatat tidak sama dengan yang disegel.</source>
        <translation>The letter content on record differs from what was sealed.</translation>
    </message>
    <message>
        <source>Tidak ada segel surat Loket yang terbaca pada gambar.</source>
        <translation>No Loket letter seal could be read in the image.</translation>
    </message>
    <message>
        <source>PDF surat</source>
        <translation>letter PDF</translation>
    </message>
    <message>
        <source>Teks PDF tidak memuat nomor atau nama yang disegel.</source>
        <translation>The PDF text does not hold the sealed number or name.</translation>
    </message>
    <message>
        <source>Tidak ada segel surat Loket yang terbaca pada PDF.</source>
        <translation>No Loket letter seal could be read in the PDF.</translation>
    </message>
    <message>
        <source>%1 bukan berkas.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>%1 terlalu besar untuk diperiksa (paling besar 50 MB).</source>
        <translation>%1 is too large to check (at most 50 MB).</translation>
    </message>
    <message>
        <source>%1 tidak dapat dibaca.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <source>%1 bukan PDF, gambar atau segel: %2.</source>
        <translation>%1 is not a PDF, an image or a seal: %2.</translation>
    </message>
    <message>
        <source>Surat %1 sudah %2.</source>
        <translation>Letter %1 is already %2.</translation>
    </message>
    <message>
        <source>dibatalkan nomornya</source>
        <translation>number voided</translation>
    </message>
    <message>
        <source>Surat %1 dicabut: %2</source>
        <translation>Letter %1 revoked: %2</translation>
    </message>
    <message>
        <source>Nomor %1 tidak ada dalam register.</source>
        <translation>Number %1 is not in the register.</translation>
    </message>
    <message>
        <source>Nomor %1 sudah dibatalkan.</source>
        <translation>Number %1 is already voided.</translation>
    </message>
    <message>
        <source>Nomor %1 dibatalkan: %2</source>
        <translation>Number %1 voided: %2</translation>
    </message>
    <message>
        <source>Surat %1 tidak ditemukan.</source>
        <translation>Letter %1 not found.</translation>
    </message>
    <message>
        <source>Surat %1 tidak dicetak: surat itu %2.</source>
        <translation>Letter %1 was not printed: that letter is %2.</translation>
    </message>
    <message>
        <source>sudah dicabut</source>
        <translation>revoked already</translation>
    </message>
    <message>
        <source>nomornya dibatalkan</source>
        <translation>number voided</translation>
    </message>
    <message>
        <source>Batas daftar harus 1–100000.</source>
        <translation>The list limit must be 1–100000.</translation>
    </message>
    <message>
        <source>Folder %1 tidak dapat dibuat.</source>
        <translation>Folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>Surat %1 belum disiapkan: simpan konsep suratnya dahulu (Siapkan surat), agar yang ditandatangani sama dengan yang diperiksa.</source>
        <translation>The letter for %1 has not been prepared: save its draft first (Prepare letter), so that what is signed is what was reviewed.</translation>
    </message>
    <message>
        <source>Pencabutan diketahui sampai %1 (tanggal berkas kunci).</source>
        <translation>Revocations known up to %1 (the date of the keys file).</translation>
    </message>
    <message>
        <source>Berkas kunci tidak bertanggal: pencabutan sesudahnya tidak diketahui.</source>
        <translation>The keys file has no date: later revocations are unknown.</translation>
    </message>
    <message>
        <source>PDF ini berisi %1 halaman: surat paling banyak %2 halaman.</source>
        <translation>This PDF has %1 pages: a letter has %2 pages at most.</translation>
    </message>
    <message>
        <source>Hanya segelnya yang diperiksa: cocokkan isi surat dengan data di atas.</source>
        <translation>Only the seal was checked: compare the letter&apos;s text with the data above.</translation>
    </message>
    <message>
        <source>PDF ini sama persis dengan arsip kantor.</source>
        <translation>This PDF is exactly the office&apos;s archived copy.</translation>
    </message>
    <message>
        <source>Isi PDF ini berbeda dari surat %1 yang ditandatangani.</source>
        <translation>The text of this PDF differs from the signed letter %1.</translation>
    </message>
    <message>
        <source>Isi PDF ini sama dengan surat yang ditandatangani.</source>
        <translation>The text of this PDF is the signed letter&apos;s.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak ditemukan.</source>
        <translation>File %1 not found.</translation>
    </message>
    <message>
        <source>PDF ini tidak memuat teks yang terbaca (hasil pindai atau cetak): hanya segelnya yang diperiksa; cocokkan isi surat dengan data di atas.</source>
        <translation>This PDF holds no readable text (a scan or a print): only the seal was checked; compare the letter&apos;s text with the data above.</translation>
    </message>
</context>
<context>
    <name>LetterTemplates</name>
    <message>
        <source>&quot;fields&quot; templat harus berupa daftar.</source>
        <translation>A template&apos;s &quot;fields&quot; must be a list.</translation>
    </message>
    <message>
        <source>nama lengkap penduduk</source>
        <translation>the resident&apos;s full name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>nomor Kartu Keluarga</source>
        <translation>family card (KK) number</translation>
    </message>
    <message>
        <source>tempat lahir</source>
        <translation>place of birth</translation>
    </message>
    <message>
        <source>tanggal lahir, mis. 5 Mei 1990</source>
        <translation>date of birth, e.g. 5 Mei 1990</translation>
    </message>
    <message>
        <source>tempat dan tanggal lahir</source>
        <translation>place and date of birth</translation>
    </message>
    <message>
        <source>Laki-laki atau Perempuan</source>
        <translation>Laki-laki or Perempuan (male or female)</translation>
    </message>
    <message>
        <source>agama</source>
        <translation>religion</translation>
    </message>
    <message>
        <source>status perkawinan</source>
        <translation>marital status</translation>
    </message>
    <message>
        <source>pekerjaan</source>
        <translation>occupation</translation>
    </message>
    <message>
        <source>alamat lengkap dengan RT/RW dan kelurahan</source>
        <translation>full address with RT/RW and kelurahan</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>nama kelurahan</source>
        <translation>kelurahan name</translation>
    </message>
    <message>
        <source>daftar identitas penduduk (blok)</source>
        <translation>the resident&apos;s identity list (block)</translation>
    </message>
    <message>
        <source>nomor pelacakan permohonan</source>
        <translation>request tracking number</translation>
    </message>
    <message>
        <source>tanggal permohonan</source>
        <translation>request date</translation>
    </message>
    <message>
        <source>nama layanan</source>
        <translation>service name</translation>
    </message>
    <message>
        <source>nama kecamatan</source>
        <translation>kecamatan name</translation>
    </message>
    <message>
        <source>jabatan pimpinan, mis. Camat Purwokerto Utara</source>
        <translation>head of office, e.g. Camat Purwokerto Utara</translation>
    </message>
    <message>
        <source>nama kabupaten</source>
        <translation>regency name</translation>
    </message>
    <message>
        <source>kota tempat surat dibuat</source>
        <translation>city the letter is made in</translation>
    </message>
    <message>
        <source>alamat kantor</source>
        <translation>office address</translation>
    </message>
    <message>
        <source>nomor surat (diberikan saat ditandatangani)</source>
        <translation>letter number (given at signing)</translation>
    </message>
    <message>
        <source>tanggal surat</source>
        <translation>letter date</translation>
    </message>
    <message>
        <source>perihal surat</source>
        <translation>letter subject</translation>
    </message>
    <message>
        <source>nama penandatangan</source>
        <translation>signer&apos;s name</translation>
    </message>
    <message>
        <source>NIP penandatangan</source>
        <translation>signer&apos;s NIP</translation>
    </message>
    <message>
        <source>jabatan penandatangan</source>
        <translation>signer&apos;s title</translation>
    </message>
    <message>
        <source>pangkat/golongan penandatangan</source>
        <translation>signer&apos;s rank/grade</translation>
    </message>
    <message>
        <source>Templat harus menyebut kode layanan.</source>
        <translation>A template must name its service code.</translation>
    </message>
    <message>
        <source>Jenis surat &quot;%1&quot; tidak dikenal: keterangan, surat atau pengesahan.</source>
        <translation>Unknown letter kind &quot;%1&quot;: keterangan, surat or pengesahan.</translation>
    </message>
    <message>
        <source>Kertas &quot;%1&quot; tidak dikenal: a4 atau f4.</source>
        <translation>Unknown paper &quot;%1&quot;: a4 or f4.</translation>
    </message>
    <message>
        <source>Perihal surat wajib diisi (paling banyak 200 karakter).</source>
        <translation>The letter subject is required (at most 200 characters).</translation>
    </message>
    <message>
        <source>Judul surat wajib diisi untuk surat jenis %1.</source>
        <translation>A title is required for letters of kind %1.</translation>
    </message>
    <message>
        <source>Judul, atas nama, tujuan atau lampiran terlalu panjang.</source>
        <translation>Title, authority, addressee or attachment is too long.</translation>
    </message>
    <message>
        <source>Isi templat wajib diisi (paling banyak 50.000 karakter).</source>
        <translation>The template body is required (at most 50,000 characters).</translation>
    </message>
    <message>
        <source>Templat paling banyak memiliki 20 isian.</source>
        <translation>A template has at most 20 fields.</translation>
    </message>
    <message>
        <source>Nama isian &quot;%1&quot; tidak sah: huruf kecil, angka dan garis bawah, diawali huruf.</source>
        <translation>Field name &quot;%1&quot; is invalid: lower-case letters, digits and underscores, starting with a letter.</translation>
    </message>
    <message>
        <source>Isian &quot;%1&quot; disebut dua kali.</source>
        <translation>Field &quot;%1&quot; is named twice.</translation>
    </message>
    <message>
        <source>Isian &quot;%1&quot; harus berlabel (paling banyak 100 karakter).</source>
        <translation>Field &quot;%1&quot; needs a label (at most 100 characters).</translation>
    </message>
    <message>
        <source>Isian {{%1}} belum didaftarkan pada templat: tambahkan isian &quot;%2&quot;.</source>
        <translation>Placeholder {{%1}} is not a field of the template: add field &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Isian {{%1}} tidak dikenal.</source>
        <translation>Unknown placeholder {{%1}}.</translation>
    </message>
    <message>
        <source>Isi templat memuat &quot;{{&quot; yang tidak ditutup dengan &quot;}}&quot;.</source>
        <translation>The template body has &quot;{{&quot; without a closing &quot;}}&quot;.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Nama berkas migrasi tidak sah: %1</source>
        <translation>Invalid migration file name: %1</translation>
    </message>
    <message>
        <source>Berkas migrasi %1 tidak dapat dibaca.</source>
        <translation>Migration file %1 could not be read.</translation>
    </message>
    <message>
        <source>Skema basis data versi %1 lebih baru daripada yang dikenal Loket ini (versi %2). Perbarui Loket; basis data tidak diubah.</source>
        <translation>Database schema version %1 is newer than this Loket knows (version %2). Update Loket; the database was not changed.</translation>
    </message>
    <message>
        <source>Migrasi %1 meninggalkan rujukan yang putus (tabel %2); basis data tidak diubah.</source>
        <translation>Migration %1 left broken references (table %2); the database was not changed.</translation>
    </message>
</context>
<context>
    <name>MountTable</name>
    <message>
        <source>Basis data %1 berada di berbagi jaringan (%2 pada %3). SQLite tidak aman di sana: pilih folder di disk lokal komputer ini.</source>
        <translation>Database %1 is on a network share (%2 at %3). SQLite is not safe there: choose a folder on a local disk of this computer.</translation>
    </message>
</context>
<context>
    <name>NikOcr</name>
    <message>
        <source>Tesseract tidak bisa dijalankan dengan data bahasa &quot;%1&quot; di %2.</source>
        <translation>Tesseract could not be run with the language data &quot;%1&quot; in %2.</translation>
    </message>
    <message>
        <source>Data bahasa Indonesia untuk OCR (%1) tidak ditemukan di %2. Pasang paket tesseract-ocr-ind, atau arahkan TESSDATA_PREFIX ke folder tessdata.</source>
        <translation>The Indonesian language data for OCR (%1) was not found in %2. Install the tesseract-ocr-ind package, or point TESSDATA_PREFIX to the tessdata folder.</translation>
    </message>
</context>
<context>
    <name>NoticeDocument</name>
    <message>
        <source>Permohonan %1 berstatus %2: pemberitahuan hanya untuk permohonan yang dikembalikan atau ditolak.</source>
        <translation>Request %1 has status %2: notices are only for requests that have been returned or rejected.</translation>
    </message>
    <message>
        <source>PEMBERITAHUAN PENGEMBALIAN BERKAS</source>
        <translation>NOTICE OF RETURNED DOCUMENTS</translation>
    </message>
    <message>
        <source>PEMBERITAHUAN PENOLAKAN PERMOHONAN</source>
        <translation>NOTICE OF REJECTION OF REQUEST</translation>
    </message>
    <message>
        <source>Kepada Yth.</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nomor pelacakan</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Permohonan Anda belum dapat kami proses dan dikembalikan untuk dilengkapi.</source>
        <translation>We are not yet able to process your request. It is returned to you for completion.</translation>
    </message>
    <message>
        <source>Alasan:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Yang perlu dilengkapi:</source>
        <translation>Items to be completed:</translation>
    </message>
    <message>
        <source>Bawa kelengkapan tersebut ke loket PATEN dengan menyebutkan nomor pelacakan di atas. Jangka waktu penyelesaian dihentikan sementara sampai berkas lengkap diterima.</source>
        <translation>Please bring these items to the PATEN counter and quote the tracking number above. The processing time is suspended until the complete documents have been received.</translation>
    </message>
    <message>
        <source>Dengan menyesal kami sampaikan bahwa permohonan Anda tidak dapat dikabulkan.</source>
        <translation>We regret to inform you that your request cannot be granted.</translation>
    </message>
    <message>
        <source>Apabila Anda keberatan, sampaikan pengaduan melalui: %1</source>
        <translation>If you object to this decision, you may submit a complaint through: %1</translation>
    </message>
    <message>
        <source>Petugas,</source>
        <translation>Officer in charge,</translation>
    </message>
</context>
<context>
    <name>NumberFormat</name>
    <message>
        <source>Format nomor surat wajib diisi (paling banyak 100 karakter).</source>
        <translation>The letter number format is required (at most 100 characters).</translation>
    </message>
    <message>
        <source>Bagian {%1} tidak dikenal dalam format nomor: {klasifikasi}, {nomor}, {nomor:04}, {unit}, {tahun}.</source>
        <translation>Unknown part {%1} in the number format: {klasifikasi}, {nomor}, {nomor:04}, {unit}, {tahun}.</translation>
    </message>
    <message>
        <source>Format nomor memuat kurung kurawal yang tidak dikenal: %1.</source>
        <translation>The number format holds braces that are not known: %1.</translation>
    </message>
    <message>
        <source>Format nomor harus memuat {nomor} dan {tahun}: nomor urut dimulai lagi setiap tahun.</source>
        <translation>The number format must hold {nomor} and {tahun}: the running number restarts every year.</translation>
    </message>
    <message>
        <source>Dengan register per kode klasifikasi, format nomor harus memuat {klasifikasi}.</source>
        <translation>With one register per classification code, the number format must hold {klasifikasi}.</translation>
    </message>
</context>
<context>
    <name>NumberReserve</name>
    <message>
        <source>Nomor surat cadangan register %1 tahun %2 di loket ini sudah habis dan hub tidak dapat dihubungi. Sambungkan loket ini ke jaringan kantor lalu tandatangani lagi.</source>
        <translation>This counter has used up its reserved letter numbers of register %1 for %2 and the hub cannot be reached. Connect this counter to the office network, then sign again.</translation>
    </message>
    <message>
        <source>Nomor cadangan loket %1 tidak terpakai sampai akhir tahun %2.</source>
        <translation>Reserved number of counter %1 left unused at the end of %2.</translation>
    </message>
</context>
<context>
    <name>OfficeService</name>
    <message>
        <source>Kode kecamatan harus berbentuk PP.RR.DD, misalnya 33.02.27 (tertulis: &quot;%1&quot;).</source>
        <translation>The kecamatan code must have the form PP.RR.DD, e.g. 33.02.27 (entered: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Nama kantor wajib diisi.</source>
        <translation>Enter the office name.</translation>
    </message>
    <message>
        <source>Alamat e-mail &quot;%1&quot; tidak sah.</source>
        <translation>Invalid e-mail address &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Kode unit &quot;%1&quot; tidak sah: huruf, angka, titik atau tanda hubung, paling banyak 12.</source>
        <translation>Invalid unit code &quot;%1&quot;: use letters, digits, dots or hyphens, at most 12.</translation>
    </message>
    <message>
        <source>Identitas kantor belum ada: jalankan inisialisasi terlebih dahulu.</source>
        <translation>The office details have not been set up: run the initialization first.</translation>
    </message>
    <message>
        <source>Berkas logo terlalu besar (%1 KB): paling besar 2048 KB.</source>
        <translation>The logo file is too large (%1 KB): the maximum is 2048 KB.</translation>
    </message>
    <message>
        <source>Logo harus berupa gambar PNG atau JPEG.</source>
        <translation>The logo must be a PNG or JPEG image.</translation>
    </message>
    <message>
        <source>Ukuran gambar logo tidak sah (paling besar 4000 × 4000 piksel).</source>
        <translation>Invalid logo image size (at most 4000 × 4000 pixels).</translation>
    </message>
    <message>
        <source>Gambar logo tidak dapat dibaca: %1</source>
        <translation>The logo image could not be read: %1</translation>
    </message>
    <message>
        <source>Kode loket &quot;%1&quot; tidak sah: 1–4 huruf besar atau angka, diawali huruf (misalnya L1).</source>
        <translation>Invalid counter code &quot;%1&quot;: use 1–4 capital letters or digits, starting with a letter (e.g. L1).</translation>
    </message>
    <message>
        <source>Nama loket wajib diisi.</source>
        <translation>Enter the counter name.</translation>
    </message>
    <message>
        <source>Kode loket %1 sudah dipakai.</source>
        <translation>Counter code %1 is already in use.</translation>
    </message>
    <message>
        <source>Nama penandatangan wajib diisi.</source>
        <translation>Enter the signer&apos;s name.</translation>
    </message>
    <message>
        <source>Jabatan penandatangan wajib diisi.</source>
        <translation>Enter the signer&apos;s position.</translation>
    </message>
    <message>
        <source>NIP harus 18 angka (tertulis: &quot;%1&quot;).</source>
        <translation>The NIP must have 18 digits (entered: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Delegasi &quot;%1&quot; tidak dikenal: kosong, a.n., u.b., Plt. atau Plh.</source>
        <translation>Unknown delegation &quot;%1&quot;: leave it empty or use a.n., u.b., Plt. or Plh.</translation>
    </message>
    <message>
        <source>Untuk %1 isi jabatan pejabat yang diwakili (misalnya CAMAT PURWOKERTO UTARA).</source>
        <translation>For %1, enter the position of the official being represented (e.g. CAMAT PURWOKERTO UTARA).</translation>
    </message>
    <message>
        <source>Alamat &quot;%1&quot; tidak sah: tanpa spasi, paling banyak 200 karakter.</source>
        <translation>Invalid web address &quot;%1&quot;: no spaces, at most 200 characters.</translation>
    </message>
    <message>
        <source>Alamat verifikasi surat tidak boleh memuat &quot;#&quot;: segel ditambahkan setelahnya.</source>
        <translation>The letter verification address may not contain &quot;#&quot;: the seal is added after it.</translation>
    </message>
    <message>
        <source>Register nomor &quot;%1&quot; tidak dikenal: per_code atau office.</source>
        <translation>Unknown number register &quot;%1&quot;: per_code or office.</translation>
    </message>
</context>
<context>
    <name>OnlineImport</name>
    <message>
        <source>%1 tidak ditemukan.</source>
        <translation>%1 not found.</translation>
    </message>
    <message>
        <source>bukan JSON yang sah: %1 (posisi %2)</source>
        <translation>not valid JSON: %1 (position %2)</translation>
    </message>
    <message>
        <source>format harus &quot;loket-online-request/1&quot;</source>
        <translation>format must be &quot;loket-online-request/1&quot;</translation>
    </message>
    <message>
        <source>portal_id kosong atau tidak sah</source>
        <translation>portal_id is empty or invalid</translation>
    </message>
    <message>
        <source>layanan &quot;%1&quot; tidak ada atau tidak dibuka</source>
        <translation>service &quot;%1&quot; does not exist or is not available</translation>
    </message>
    <message>
        <source>lampiran untuk persyaratan &quot;%1&quot; yang tidak ada pada layanan %2</source>
        <translation>attachment for requirement &quot;%1&quot;, which service %2 does not have</translation>
    </message>
    <message>
        <source>lampiran %1: base64 tidak sah</source>
        <translation>attachment %1: invalid base64</translation>
    </message>
    <message>
        <source>lampiran %1 lebih dari 20 MB</source>
        <translation>attachment %1 is larger than 20 MB</translation>
    </message>
    <message>
        <source>lampiran %1: %2</source>
        <translation>attachment %1: %2</translation>
    </message>
    <message>
        <source>lampiran %1: kirim JPEG, PNG atau PDF, bukan TIFF</source>
        <translation>attachment %1: send JPEG, PNG or PDF, not TIFF</translation>
    </message>
    <message>
        <source>%1 wajib diisi</source>
        <translation>%1 is required</translation>
    </message>
    <message>
        <source>%1 harus berupa teks (string JSON)</source>
        <translation>%1 must be text (a JSON string)</translation>
    </message>
    <message>
        <source>%1 harus berupa objek JSON ({...})</source>
        <translation>%1 must be a JSON object ({...})</translation>
    </message>
    <message>
        <source>%1 harus berupa daftar JSON ([...])</source>
        <translation>%1 must be a JSON list ([...])</translation>
    </message>
    <message>
        <source>submitted_at &quot;%1&quot; harus tanggal dan waktu ISO 8601 dengan zona waktu (misalnya 2026-11-30T08:15:00+07:00)</source>
        <translation>submitted_at &quot;%1&quot; must be an ISO 8601 date and time with a time zone (e.g. 2026-11-30T08:15:00+07:00)</translation>
    </message>
    <message>
        <source>submitted_at %1 tidak masuk akal: harus antara %2 dan %3 (sehari setelah jam komputer ini)</source>
        <translation>submitted_at %1 is not plausible: it must be between %2 and %3 (one day after this computer&apos;s clock)</translation>
    </message>
    <message>
        <source>portal_id %1 sudah diimpor sebagai %2 untuk NIK lain: permohonan ini tidak diimpor; periksa dengan pengelola portal</source>
        <translation>portal_id %1 was already imported as %2 for another NIK: this request was not imported; check with the portal&apos;s administrator</translation>
    </message>
    <message>
        <source>portal_id %1 sudah diimpor sebagai %2 dengan isi yang berbeda: permohonan ini tidak diimpor; periksa dengan pengelola portal</source>
        <translation>portal_id %1 was already imported as %2 with different content: this request was not imported; check with the portal&apos;s administrator</translation>
    </message>
    <message>
        <source>requests harus berupa daftar JSON ([...])</source>
        <translation>requests must be a JSON list ([...])</translation>
    </message>
    <message>
        <source>permohonan harus berupa objek JSON ({...})</source>
        <translation>a request must be a JSON object ({...})</translation>
    </message>
    <message>
        <source>lampiran %1: isi salah satu, content_base64 atau path</source>
        <translation>attachment %1: fill in one of content_base64 or path</translation>
    </message>
    <message>
        <source>lampiran %1: berkas &quot;%2&quot; tidak dapat dipakai: %3</source>
        <translation>attachment %1: file &quot;%2&quot; cannot be used: %3</translation>
    </message>
    <message>
        <source>terlalu banyak lampiran (%1; paling banyak %2)</source>
        <translation>too many attachments (%1; at most %2)</translation>
    </message>
    <message>
        <source>lampiran permohonan ini lebih dari %1 MB seluruhnya</source>
        <translation>the attachments of this request exceed %1 MB in all</translation>
    </message>
</context>
<context>
    <name>OnlineLeafletDocument</name>
    <message>
        <source>Alamat layanan daring kantor belum diisi (Pengaturan → Kantor).</source>
        <translation>The office&apos;s online services address has not been entered (Settings → Office).</translation>
    </message>
    <message>
        <source>Urus surat dari rumah</source>
        <translation>Apply for letters from home</translation>
    </message>
    <message>
        <source>Layanan PATEN %1 bisa diajukan secara daring, tanpa antre.</source>
        <translation>PATEN services of %1 can be requested online, without queuing.</translation>
    </message>
    <message>
        <source>Langkahnya:</source>
        <translation>How it works:</translation>
    </message>
    <message>
        <source>Pindai kode QR di atas dengan kamera ponsel, atau ketik alamatnya di peramban.</source>
        <translation>Scan the QR code above with your phone camera, or type the address into a web browser.</translation>
    </message>
    <message>
        <source>Daftar dengan NIK dan nomor ponsel Anda.</source>
        <translation>Register with your NIK and mobile phone number.</translation>
    </message>
    <message>
        <source>Pilih layanan yang Anda perlukan.</source>
        <translation>Choose the service you need.</translation>
    </message>
    <message>
        <source>Foto atau unggah berkas persyaratan, lalu kirim.</source>
        <translation>Photograph or upload the required documents, then submit.</translation>
    </message>
    <message>
        <source>Simpan nomor pelacakan yang Anda terima.</source>
        <translation>Keep the tracking number you receive.</translation>
    </message>
    <message>
        <source>Yang perlu disiapkan:</source>
        <translation>What you need:</translation>
    </message>
    <message>
        <source>KTP-el dan Kartu Keluarga (foto yang jelas).</source>
        <translation>KTP-el and KK (family card), clearly photographed.</translation>
    </message>
    <message>
        <source>Surat pengantar RT/RW atau kelurahan bila layanan memerlukannya.</source>
        <translation>A cover letter (surat pengantar) from the RT/RW or kelurahan if the service requires one.</translation>
    </message>
    <message>
        <source>Ponsel dengan kamera dan paket data.</source>
        <translation>A mobile phone with a camera and mobile data.</translation>
    </message>
    <message>
        <source>Cek status:</source>
        <translation>Check the status:</translation>
    </message>
    <message>
        <source>buka alamat di atas dan masukkan nomor pelacakan%1. Dokumen dapat diambil di kantor atau diterima sebagai PDF.</source>
        <translation>open the address above and enter your tracking number%1. Documents can be collected at the office or received as a PDF.</translation>
    </message>
    <message>
        <source>, atau hubungi %1</source>
        <translation>, or call %1</translation>
    </message>
    <message>
        <source>Tidak punya ponsel? Petugas loket siap membantu mengajukan atas nama Anda.</source>
        <translation>No mobile phone? Counter officers will gladly submit the request on your behalf.</translation>
    </message>
</context>
<context>
    <name>OutsideFile</name>
    <message>
        <source>Berkas &quot;%1&quot; terlalu besar (%2 MB; paling besar %3 MB).</source>
        <translation>File &quot;%1&quot; is too large (%2 MB; at most %3 MB).</translation>
    </message>
    <message>
        <source>sebuah folder</source>
        <translation>a folder</translation>
    </message>
    <message>
        <source>sebuah perangkat</source>
        <translation>a device</translation>
    </message>
    <message>
        <source>sebuah pipa (FIFO)</source>
        <translation>a pipe (FIFO)</translation>
    </message>
    <message>
        <source>sebuah soket</source>
        <translation>a socket</translation>
    </message>
    <message>
        <source>bukan berkas biasa</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>&quot;%1&quot; bukan berkas biasa melainkan %2: tidak dibaca.</source>
        <translation>&quot;%1&quot; is not a regular file but %2: not read.</translation>
    </message>
    <message>
        <source>Berkas &quot;%1&quot; tidak ditemukan.</source>
        <translation>File &quot;%1&quot; not found.</translation>
    </message>
    <message>
        <source>Berkas &quot;%1&quot; tidak dapat dibaca: %2</source>
        <translation>File &quot;%1&quot; cannot be read: %2</translation>
    </message>
    <message>
        <source>Berkas &quot;%1&quot; tidak dapat dibuka: %2</source>
        <translation>File &quot;%1&quot; cannot be opened: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; bukan berkas biasa: tidak dibaca.</source>
        <translation>&quot;%1&quot; is not a regular file: not read.</translation>
    </message>
    <message>
        <source>Folder &quot;%1&quot; tidak ditemukan.</source>
        <translation>Folder &quot;%1&quot; not found.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; harus berupa jalur di dalam folder, bukan jalur mutlak.</source>
        <translation>&quot;%1&quot; must be a path inside the folder, not an absolute path.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; tidak ada di folder.</source>
        <translation>&quot;%1&quot; is not in the folder.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; adalah tautan yang tidak menunjuk ke mana pun.</source>
        <translation>&quot;%1&quot; is a link that points nowhere.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; menunjuk ke luar folder (%2): tidak diikuti.</source>
        <translation>&quot;%1&quot; points outside the folder (%2): not followed.</translation>
    </message>
</context>
<context>
    <name>PageCompression</name>
    <message>
        <source>Halaman tidak bisa disimpan sebagai %1: %2</source>
        <translation>The page could not be saved as %1: %2</translation>
    </message>
    <message>
        <source>Halaman hitam-putih tidak bisa disimpan sebagai TIFF G4.</source>
        <translation>The black-and-white page could not be saved as TIFF G4.</translation>
    </message>
    <message>
        <source>Gambar halaman kosong: tidak ada yang bisa disimpan.</source>
        <translation>The page image is empty: there is nothing to save.</translation>
    </message>
    <message>
        <source>Resolusi halaman harus lebih dari 0 dpi (tertulis %1).</source>
        <translation>The page resolution must be more than 0 dpi (given: %1).</translation>
    </message>
    <message>
        <source>Mutu JPEG harus 1–100 (tertulis %1).</source>
        <translation>The JPEG quality must be 1–100 (given: %1).</translation>
    </message>
</context>
<context>
    <name>PageProcessor</name>
    <message>
        <source>Gambar halaman kosong: tidak ada yang bisa diolah.</source>
        <translation>The page image is empty: there is nothing to process.</translation>
    </message>
    <message>
        <source>Resolusi pindaian harus lebih dari 0 dpi (tertulis %1).</source>
        <translation>The scan resolution must be more than 0 dpi (given: %1).</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Berkas %1 terlalu besar untuk dibuka.</source>
        <translation>File %1 is too large to open.</translation>
    </message>
    <message>
        <source>Berkas %1 bukan PDF yang dapat dibaca: isinya rusak.</source>
        <translation>File %1 is not a readable PDF: its content is damaged.</translation>
    </message>
    <message>
        <source>Berkas %1 dikunci dengan kata sandi; minta berkas tanpa kata sandi.</source>
        <translation>File %1 is locked with a password; ask for the file without a password.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak berisi halaman.</source>
        <translation>File %1 contains no pages.</translation>
    </message>
</context>
<context>
    <name>PrintoutService</name>
    <message>
        <source>Ukuran kertas &quot;%1&quot; tidak dikenal: a4, a5 atau f4.</source>
        <translation>Unknown paper size &quot;%1&quot;: use a4, a5 or f4.</translation>
    </message>
    <message>
        <source>Tanda terima %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <source>Pemberitahuan %1</source>
        <translation>Notice %1</translation>
    </message>
    <message>
        <source>Layanan %1 tidak ada di katalog.</source>
        <translation>Service %1 is not in the catalogue.</translation>
    </message>
    <message>
        <source>Standar pelayanan %1</source>
        <translation>Service standard %1</translation>
    </message>
    <message>
        <source>Layanan daring</source>
        <translation>Online services</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat ditulis: %2</source>
        <translation>File %1 could not be written: %2</translation>
    </message>
</context>
<context>
    <name>PrivateConnection</name>
    <message>
        <source>Basis data %1 tidak dapat dibuka: %2</source>
        <translation>Database %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat dibaca: %2</source>
        <translation>File %1 cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <source>Langsung di loket</source>
        <translation>In person at the counter</translation>
    </message>
    <message>
        <source>Daring, diajukan oleh petugas atas nama pemohon</source>
        <translation>Online, submitted by an officer on behalf of the applicant</translation>
    </message>
    <message>
        <source>Daring</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Dikembalikan: persyaratan belum lengkap</source>
        <translation>Returned: requirements incomplete</translation>
    </message>
    <message>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Diproses</source>
        <translation>In process</translation>
    </message>
    <message>
        <source>Menunggu tanda tangan</source>
        <translation>Awaiting signature</translation>
    </message>
    <message>
        <source>Ditandatangani</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Siap diambil</source>
        <translation>Ready for collection</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source> (jika ada)</source>
        <translation> (if any)</translation>
    </message>
    <message>
        <source>TANDA TERIMA PERMOHONAN</source>
        <translation>REQUEST RECEIPT</translation>
    </message>
    <message>
        <source>Nomor pelacakan:</source>
        <translation>Tracking number:</translation>
    </message>
    <message>
        <source>Sebutkan nomor ini setiap menanyakan permohonan Anda.</source>
        <translation>Quote this number whenever you ask about your request.</translation>
    </message>
    <message>
        <source>Nama pemohon</source>
        <translation>Applicant&apos;s name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Perkiraan selesai</source>
        <translation>Expected completion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Biaya</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Gratis</source>
        <translation>Free of charge</translation>
    </message>
    <message>
        <source>Berkas yang diterima:</source>
        <translation>Documents received:</translation>
    </message>
    <message>
        <source>&lt;li&gt;—&lt;/li&gt;</source>
        <translation>&lt;li&gt;—&lt;/li&gt;</translation>
    </message>
    <message>
        <source>BELUM LENGKAP — berkas yang harus dibawa:</source>
        <translation>INCOMPLETE — documents still to be brought:</translation>
    </message>
    <message>
        <source>Berkas yang belum diserahkan:</source>
        <translation>Documents not yet submitted:</translation>
    </message>
    <message>
        <source>, atau hubungi %1</source>
        <translation>, or call %1</translation>
    </message>
    <message>
        <source>Bawa tanda terima ini dan KTP-el asli saat mengambil dokumen.</source>
        <translation>Bring this receipt and your original KTP-el when collecting the document.</translation>
    </message>
    <message>
        <source>Dicetak %1</source>
        <translation>Printed %1</translation>
    </message>
    <message>
        <source>Petugas loket,</source>
        <translation>Counter officer,</translation>
    </message>
    <message>
        <source>Tanyakan status permohonan dengan menyebutkan nomor pelacakan di loket PATEN%1.</source>
        <translation>Ask about the status at the PATEN counter, quoting the tracking number%1.</translation>
    </message>
    <message>
        <source>Cek status tanpa datang ke kantor: buka &lt;b&gt;%1&lt;/b&gt; lalu masukkan nomor pelacakan atau pindai kode QR di atas%2.</source>
        <translation>Check the status without coming to the office: open &lt;b&gt;%1&lt;/b&gt; and enter the tracking number or scan the QR code above%2.</translation>
    </message>
</context>
<context>
    <name>RequestStateMachine</name>
    <message>
        <source>Tindakan &quot;%1&quot; tidak dikenal: %2.</source>
        <translation>Unknown action &quot;%1&quot;; valid actions: %2.</translation>
    </message>
    <message>
        <source>Tindakan %1 wajib disertai alasan.</source>
        <translation>Action %1 requires a reason.</translation>
    </message>
    <message>
        <source>Tindakan %1 tidak dapat dilakukan pada permohonan berstatus %2.</source>
        <translation>Action %1 cannot be performed on a request with status %2.</translation>
    </message>
    <message>
        <source>Tindakan %1 pada status %2 memerlukan peran %3.</source>
        <translation>Action %1 in status %2 requires the role %3.</translation>
    </message>
    <message>
        <source> atau </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Dikembalikan untuk perbaikan</source>
        <translation>Returned for revision</translation>
    </message>
    <message>
        <source>Diajukan ulang dengan berkas lengkap</source>
        <translation>Resubmitted with complete documents</translation>
    </message>
    <message>
        <source>Diverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Surat disiapkan</source>
        <translation>Letter prepared</translation>
    </message>
    <message>
        <source>Diajukan untuk ditandatangani</source>
        <translation>Sent for signature</translation>
    </message>
    <message>
        <source>Dikembalikan ke tahap sebelumnya</source>
        <translation>Sent back to the previous stage</translation>
    </message>
    <message>
        <source>Ditandatangani</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Siap diambil</source>
        <translation>Ready for collection</translation>
    </message>
    <message>
        <source>Diserahkan kepada pemohon</source>
        <translation>Handed over to the applicant</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Ditugaskan</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Konflik diselesaikan</source>
        <translation>Conflict settled</translation>
    </message>
    <message>
        <source>Verifikasi</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Kembalikan untuk perbaikan</source>
        <translation>Return for revision</translation>
    </message>
    <message>
        <source>Berkas sudah lengkap</source>
        <translation>Documents now complete</translation>
    </message>
    <message>
        <source>Tolak</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Siapkan surat</source>
        <translation>Prepare letter</translation>
    </message>
    <message>
        <source>Ajukan tanda tangan</source>
        <translation>Send for signature</translation>
    </message>
    <message>
        <source>Kembalikan ke tahap sebelumnya</source>
        <translation>Send back to the previous stage</translation>
    </message>
    <message>
        <source>Tandatangani</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Serahkan kepada pemohon</source>
        <translation>Hand over to the applicant</translation>
    </message>
    <message>
        <source>Batalkan</source>
        <translation>Cancel request</translation>
    </message>
    <message>
        <source>Surat ditarik kembali</source>
        <translation>Letter withdrawn</translation>
    </message>
    <message>
        <source>Tarik kembali surat</source>
        <translation>Withdraw the letter</translation>
    </message>
</context>
<context>
    <name>ResidentService</name>
    <message>
        <source>%1 wajib diisi.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>%1 terlalu panjang (%2 karakter): paling banyak %3.</source>
        <translation>%1 is too long (%2 characters): at most %3 are allowed.</translation>
    </message>
    <message>
        <source>%1 berisi karakter kendali (misalnya baris baru atau tab) yang tidak boleh ada.</source>
        <translation>%1 contains control characters (such as line breaks or tabs), which are not allowed.</translation>
    </message>
    <message>
        <source>%1 harus angka 1–999 (tertulis: &quot;%2&quot;).</source>
        <translation>%1 must be a number from 1 to 999 (entered: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Tanggal lahir wajib diisi (TTTT-BB-HH).</source>
        <translation>Enter the date of birth (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Tanggal lahir %1 tidak masuk akal.</source>
        <translation>Date of birth %1 is not plausible.</translation>
    </message>
    <message>
        <source>Jenis kelamin harus M (laki-laki) atau F (perempuan).</source>
        <translation>Sex must be M (male) or F (female).</translation>
    </message>
    <message>
        <source>Agama</source>
        <translation>Religion</translation>
    </message>
    <message>
        <source>Status perkawinan</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Kode kelurahan/desa &quot;%1&quot; tidak dikenal (contoh: 33.02.27.1005).</source>
        <translation>Unknown kelurahan/desa code &quot;%1&quot; (example: 33.02.27.1005).</translation>
    </message>
    <message>
        <source>Nomor telepon &quot;%1&quot; tidak sah.</source>
        <translation>Invalid phone number &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>NIK %1 sudah terdaftar atas nama %2 (lahir %3); data penduduk itu tidak diubah. Untuk mengubah datanya pakai perubahan data penduduk (resident update).</source>
        <translation>NIK %1 is already registered to %2 (born %3); that resident&apos;s data was not changed. To change it, use the resident update (resident update).</translation>
    </message>
    <message>
        <source>Tidak ada data yang diubah: sebutkan paling sedikit satu isian baru.</source>
        <translation>Nothing was changed: name at least one new field.</translation>
    </message>
    <message>
        <source>Penduduk dengan NIK %1 belum terdaftar: daftarkan dulu sebagai penduduk baru.</source>
        <translation>No resident with NIK %1 is registered: register them first as a new resident.</translation>
    </message>
</context>
<context>
    <name>RoleSet</name>
    <message>
        <source>Petugas loket</source>
        <translation>Counter officer</translation>
    </message>
    <message>
        <source>Verifikator</source>
        <translation>Verifier</translation>
    </message>
    <message>
        <source>Kasi Pelayanan</source>
        <translation>Kasi Pelayanan</translation>
    </message>
    <message>
        <source>Penandatangan</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Peran &quot;%1&quot; tidak dikenal; pilih dari: officer, verifier, approver, signer, admin.</source>
        <translation>Unknown role &quot;%1&quot;; choose from: officer, verifier, approver, signer, admin.</translation>
    </message>
</context>
<context>
    <name>SaneScanner</name>
    <message>
        <source>Pemindai menolak pengaturan %1: %2</source>
        <translation>The scanner refused the setting %1: %2</translation>
    </message>
    <message>
        <source>Nilai &quot;%1&quot; terlalu panjang untuk %2.</source>
        <translation>The value &quot;%1&quot; is too long for %2.</translation>
    </message>
    <message>
        <source>Pemindai tidak mengenal pilihan &quot;%1&quot;.</source>
        <translation>The scanner does not know the option &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Pilihan &quot;%1&quot; tidak dapat diatur sekarang.</source>
        <translation>The option &quot;%1&quot; cannot be set right now.</translation>
    </message>
    <message>
        <source>Pilihan %1 hanya menerima yes atau no.</source>
        <translation>The option %1 accepts only yes or no.</translation>
    </message>
    <message>
        <source>Pilihan %1 memerlukan angka.</source>
        <translation>The option %1 needs a number.</translation>
    </message>
    <message>
        <source>Pilihan %1 tidak dapat diatur dari sini.</source>
        <translation>The option %1 cannot be set from here.</translation>
    </message>
    <message>
        <source>Berhasil.</source>
        <translation>Success.</translation>
    </message>
    <message>
        <source>Pemindai tidak mendukung permintaan ini.</source>
        <translation>The scanner does not support this request.</translation>
    </message>
    <message>
        <source>Pemindaian dibatalkan.</source>
        <translation>Scan cancelled.</translation>
    </message>
    <message>
        <source>Pemindai sedang dipakai. Tunggu sebentar, lalu coba lagi.</source>
        <translation>The scanner is busy. Wait a moment, then try again.</translation>
    </message>
    <message>
        <source>Pengaturan ini tidak dapat dipakai oleh pemindai.</source>
        <translation>The scanner cannot use these settings.</translation>
    </message>
    <message>
        <source>Tidak ada data lagi dari pemindai.</source>
        <translation>No more data from the scanner.</translation>
    </message>
    <message>
        <source>Kertas macet di pengumpan. Keluarkan kertasnya, lalu pindai ulang.</source>
        <translation>Paper jam in the document feeder. Remove the paper, then scan again.</translation>
    </message>
    <message>
        <source>Tidak ada kertas di pemindai. Masukkan kertas, lalu coba lagi.</source>
        <translation>There is no paper in the scanner. Load paper, then try again.</translation>
    </message>
    <message>
        <source>Penutup pemindai terbuka. Tutup, lalu coba lagi.</source>
        <translation>The scanner cover is open. Close it, then try again.</translation>
    </message>
    <message>
        <source>Pemindai tidak menjawab (kesalahan masukan/keluaran). Periksa kabel dan dayanya, lalu coba lagi.</source>
        <translation>The scanner does not respond (input/output error). Check its cable and power, then try again.</translation>
    </message>
    <message>
        <source>Memori tidak cukup untuk pemindaian ini.</source>
        <translation>Not enough memory for this scan.</translation>
    </message>
    <message>
        <source>Akses ke pemindai ditolak.</source>
        <translation>Access to the scanner was denied.</translation>
    </message>
    <message>
        <source>Pemindai melaporkan kesalahan: %1</source>
        <translation>The scanner reported an error: %1</translation>
    </message>
    <message>
        <source>Nama pemindai kosong atau tidak sah.</source>
        <translation>The scanner name is empty or invalid.</translation>
    </message>
    <message>
        <source>Pemindai &quot;%1&quot; tidak ditemukan: dicabut, mati, atau namanya salah.</source>
        <translation>Scanner &quot;%1&quot; not found: it is unplugged, switched off, or the name is wrong.</translation>
    </message>
    <message>
        <source>Pemindai &quot;%1&quot; tidak dapat dibuka: %2</source>
        <translation>Scanner &quot;%1&quot; could not be opened: %2</translation>
    </message>
    <message>
        <source>Pemindai ini tidak mempunyai pengumpan dokumen (ADF).</source>
        <translation>This scanner has no document feeder (ADF).</translation>
    </message>
    <message>
        <source>Pemindai ini tidak mempunyai kaca pemindai (flatbed).</source>
        <translation>This scanner has no flatbed.</translation>
    </message>
    <message>
        <source>sumber</source>
        <translation>source</translation>
    </message>
    <message>
        <source>Pemindai ini tidak mendukung mode %1 (yang ada: %2).</source>
        <translation>This scanner does not support mode %1 (available: %2).</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>kedalaman bit</source>
        <translation>bit depth</translation>
    </message>
    <message>
        <source>Pemindai ini tidak dapat memindai hitam-putih.</source>
        <translation>This scanner cannot scan in black and white.</translation>
    </message>
    <message>
        <source>resolusi</source>
        <translation>resolution</translation>
    </message>
    <message>
        <source>Pemindai mengirim format gambar yang tidak dikenal (kedalaman %1 bit).</source>
        <translation>The scanner sent an unknown image format (depth %1 bits).</translation>
    </message>
    <message>
        <source>Pemindai mengirim halaman yang terlalu besar (lebih dari %1 MB).</source>
        <translation>The scanner sent a page that is too large (more than %1 MB).</translation>
    </message>
    <message>
        <source>Pengumpan dokumen kosong. Masukkan kertas, lalu coba lagi.</source>
        <translation>The document feeder is empty. Load paper, then try again.</translation>
    </message>
    <message>
        <source>Halaman %1: %2</source>
        <translation>Page %1: %2</translation>
    </message>
    <message>
        <source>Pemindai tidak mengirim gambar untuk halaman %1.</source>
        <translation>The scanner sent no image for page %1.</translation>
    </message>
</context>
<context>
    <name>ScanSettings</name>
    <message>
        <source>KTP/kartu: warna 300 dpi, ukuran kartu</source>
        <translation>KTP/card: color 300 dpi, card size</translation>
    </message>
    <message>
        <source>Surat: abu-abu 200 dpi, A4</source>
        <translation>Letter: grayscale 200 dpi, A4</translation>
    </message>
    <message>
        <source>Surat F4/Folio: abu-abu 200 dpi</source>
        <translation>F4/Folio letter: grayscale 200 dpi</translation>
    </message>
    <message>
        <source>Kartu Keluarga: abu-abu 200 dpi, F4</source>
        <translation>Kartu Keluarga (KK): grayscale 200 dpi, F4</translation>
    </message>
    <message>
        <source>Banyak halaman (ADF): abu-abu 200 dpi, A4</source>
        <translation>Multiple pages (ADF): grayscale 200 dpi, A4</translation>
    </message>
    <message>
        <source>Teks hitam-putih 300 dpi, A4</source>
        <translation>Black-and-white text 300 dpi, A4</translation>
    </message>
</context>
<context>
    <name>ServiceCatalogue</name>
    <message>
        <source>Kode layanan &quot;%1&quot; tidak sah: 2–16 huruf besar, angka atau tanda hubung.</source>
        <translation>Invalid service code &quot;%1&quot;: use 2–16 capital letters, digits or hyphens.</translation>
    </message>
    <message>
        <source>Nama layanan %1 wajib diisi.</source>
        <translation>Enter a name for service %1.</translation>
    </message>
    <message>
        <source>Kategori &quot;%1&quot; tidak dikenal: perizinan atau non_perizinan.</source>
        <translation>Unknown category &quot;%1&quot;: use perizinan (licensing) or non_perizinan (non-licensing).</translation>
    </message>
    <message>
        <source>Jangka waktu %1 hari kerja tidak masuk akal (0–365).</source>
        <translation>A time limit of %1 working days is not plausible (allowed: 0–365).</translation>
    </message>
    <message>
        <source>Kode klasifikasi arsip &quot;%1&quot; tidak sah (contoh: 400.12.2.2).</source>
        <translation>Invalid archive classification code &quot;%1&quot; (example: 400.12.2.2).</translation>
    </message>
    <message>
        <source>Kunci persyaratan &quot;%1&quot; tidak sah: huruf kecil, angka atau garis bawah.</source>
        <translation>Invalid requirement key &quot;%1&quot;: use lowercase letters, digits or underscores.</translation>
    </message>
    <message>
        <source>Kunci persyaratan &quot;%1&quot; dipakai dua kali.</source>
        <translation>Requirement key &quot;%1&quot; is used twice.</translation>
    </message>
    <message>
        <source>Persyaratan &quot;%1&quot; belum diberi keterangan.</source>
        <translation>Requirement &quot;%1&quot; has no description yet.</translation>
    </message>
    <message>
        <source>Kode layanan %1 sudah dipakai.</source>
        <translation>Service code %1 is already in use.</translation>
    </message>
    <message>
        <source>Katalog layanan bawaan tidak ditemukan di sumber aplikasi.</source>
        <translation>The built-in service catalogue was not found in the application resources.</translation>
    </message>
</context>
<context>
    <name>ServiceStandardDocument</name>
    <message>
        <source>Selesai pada hari yang sama</source>
        <translation>Completed on the same day</translation>
    </message>
    <message numerus="yes">
        <source>%n hari kerja</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source> &lt;i&gt;(jika ada)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(if any)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>STANDAR PELAYANAN</source>
        <translation>SERVICE STANDARD</translation>
    </message>
    <message>
        <source>Perizinan</source>
        <translation>Licensing</translation>
    </message>
    <message>
        <source>Non-perizinan</source>
        <translation>Non-licensing</translation>
    </message>
    <message>
        <source>Persyaratan</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>Sistem, mekanisme dan prosedur</source>
        <translation>System, mechanism and procedure</translation>
    </message>
    <message>
        <source>Jangka waktu penyelesaian</source>
        <translation>Completion time</translation>
    </message>
    <message>
        <source>Biaya/tarif</source>
        <translation>Fees/charges</translation>
    </message>
    <message>
        <source>Gratis</source>
        <translation>Free of charge</translation>
    </message>
    <message>
        <source>Produk pelayanan</source>
        <translation>Service product</translation>
    </message>
    <message>
        <source>Penanganan pengaduan, saran dan masukan</source>
        <translation>Handling of complaints, suggestions and feedback</translation>
    </message>
    <message>
        <source>Dasar hukum:</source>
        <translation>Legal basis:</translation>
    </message>
    <message>
        <source>Kode layanan %1 · %2</source>
        <translation>Service code %1 · %2</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Masuk terlebih dahulu.</source>
        <translation>Log in first.</translation>
    </message>
    <message>
        <source>Ditolak: pengguna %1 tidak memiliki peran %2 (%3).</source>
        <translation>Denied: user %1 does not have the role %2 (%3).</translation>
    </message>
    <message>
        <source>Ditolak: pengguna %1 tidak memiliki salah satu peran %2.</source>
        <translation>Denied: user %1 has none of the roles %2.</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>Pustaka kriptografi (libsodium) tidak dapat dimulai.</source>
        <translation>The cryptography library (libsodium) cannot be started.</translation>
    </message>
    <message>
        <source>Memori terkunci untuk kunci tidak tersedia.</source>
        <translation>Locked memory for the key is not available.</translation>
    </message>
    <message>
        <source>Parameter kunci tanda tangan tidak sah.</source>
        <translation>Invalid signing key parameters.</translation>
    </message>
    <message>
        <source>Memori tidak cukup untuk membuka kunci tanda tangan.</source>
        <translation>Not enough memory to open the signing key.</translation>
    </message>
    <message>
        <source>Frasa sandi tanda tangan paling sedikit %1 karakter.</source>
        <translation>The signing passphrase must have at least %1 characters.</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>Kesalahan basis data: %1 (perintah: %2)</source>
        <translation>Database error: %1 (statement: %2)</translation>
    </message>
</context>
<context>
    <name>SqliteErrors</name>
    <message>
        <source>Disk penuh: basis data %1 tidak dapat ditulis karena ruang di %2 sudah habis. Kosongkan ruang disk (pindahkan atau hapus berkas yang tidak perlu, misalnya cadangan lama), lalu ulangi. Perubahan ini tidak disimpan.</source>
        <translation>Disk full: database %1 cannot be written because %2 has no space left. Free disk space (move or delete files that are not needed, e.g. old backups), then try again. This change was not saved.</translation>
    </message>
    <message>
        <source>Kesalahan baca/tulis disk pada basis data %1. Disk mungkin rusak, terlepas atau penuh. Periksa disk dan ruang kosongnya; bila disk rusak, pulihkan basis data dari cadangan (loket-cli restore).</source>
        <translation>Disk read/write error on database %1. The disk may be failing, detached or full. Check the disk and its free space; if the disk is failing, restore the database from a backup (loket-cli restore).</translation>
    </message>
    <message>
        <source>Basis data %1 hanya dapat dibaca: berkasnya atau folder %2 tidak dapat ditulis oleh pengguna ini. Berikan hak tulis pada berkas dan folder itu (pemiliknya harus pengguna yang menjalankan Loket) atau pakai basis data di folder lain (--db).</source>
        <translation>Database %1 is read-only: the file or folder %2 cannot be written by this user. Give write access to that file and folder (their owner must be the user running Loket) or use a database in another folder (--db).</translation>
    </message>
    <message>
        <source>Akses ke basis data %1 ditolak. Periksa pemilik dan hak akses berkas itu dan folder %2.</source>
        <translation>Access to database %1 was denied. Check the owner and permissions of that file and of folder %2.</translation>
    </message>
    <message>
        <source>Basis data %1 tidak dapat dibuka: folder %2 tidak ada. Buat folder itu atau pakai --db dengan lokasi yang benar.</source>
        <translation>Database %1 cannot be opened: folder %2 does not exist. Create that folder or use --db with the right location.</translation>
    </message>
    <message>
        <source>Basis data %1 tidak dapat dibuka: folder %2 tidak dapat ditulis oleh pengguna ini (folder hanya-baca atau milik pengguna lain; SQLite perlu membuat berkas -wal dan -shm di sana). Berikan hak tulis pada folder itu atau pakai basis data di folder lain (--db).</source>
        <translation>Database %1 cannot be opened: folder %2 cannot be written by this user (a read-only folder or one owned by another user; SQLite needs to create the -wal and -shm files there). Give write access to that folder or use a database in another folder (--db).</translation>
    </message>
    <message>
        <source>Basis data %1 tidak dapat dibuka: berkas itu tidak dapat dibaca oleh pengguna ini. Periksa pemilik dan hak akses berkasnya.</source>
        <translation>Database %1 cannot be opened: that file cannot be read by this user. Check the file&apos;s owner and permissions.</translation>
    </message>
    <message>
        <source>Basis data %1 tidak dapat dibuka. Periksa bahwa disk terpasang dan folder %2 dapat ditulis.</source>
        <translation>Database %1 cannot be opened. Check that the disk is attached and folder %2 is writable.</translation>
    </message>
    <message>
        <source>Berkas %1 bukan basis data Loket atau sudah rusak. Bila ini memang basis data loket, pulihkan dari cadangan (loket-cli restore).</source>
        <translation>File %1 is not a Loket database or is damaged. If it is indeed the counter&apos;s database, restore it from a backup (loket-cli restore).</translation>
    </message>
    <message>
        <source>Basis data %1 dikunci terlalu lama oleh program lain. Tunggu sebentar lalu ulangi; bila terus terjadi, tutup program Loket lain yang memakai basis data ini.</source>
        <translation>Database %1 has been locked too long by another program. Wait a moment and try again; if it keeps happening, close the other Loket programs using this database.</translation>
    </message>
    <message>
        <source>Basis data %1 tidak dapat dibuka: berkas itu tidak dapat dibaca atau ditulis oleh pengguna ini. Periksa pemilik dan hak aksesnya (pemiliknya harus pengguna yang menjalankan Loket).</source>
        <translation>Database %1 cannot be opened: that file cannot be read or written by this user. Check its owner and permissions (the owner must be the user running Loket).</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>Loket ini belum terhubung ke hub: jalankan hub init --hub URL, atau sebutkan --hub URL.</source>
        <translation>This counter is not linked to a hub: run hub init --hub URL, or give --hub URL.</translation>
    </message>
    <message>
        <source>Basis data ini belum disiapkan sebagai loket (init).</source>
        <translation>This database has not been set up as a counter (init).</translation>
    </message>
    <message>
        <source>Hub sudah menerima perubahan sampai nomor %1 dari loket ini, padahal basis data ini hanya sampai nomor %2: basis data ini dipulihkan dari cadangan lama atau disalin dari komputer lain. Loket ini harus bergabung ulang; perubahannya yang belum terkirim tidak dihapus.</source>
        <translation>The hub has accepted changes up to number %1 from this counter, while this database only goes up to number %2: this database was restored from an old backup or copied from another PC. This counter must rejoin; its unsent changes are not deleted.</translation>
    </message>
    <message>
        <source>Berkas %1 di komputer ini tidak cocok lagi dengan SHA-256-nya; tidak dikirim.</source>
        <translation>Document %1 on this computer no longer matches its SHA-256; not sent.</translation>
    </message>
    <message>
        <source>Berkas %1 dari hub tidak cocok dengan SHA-256-nya; diambil ulang pada sinkronisasi berikutnya.</source>
        <translation>Document %1 from the hub does not match its SHA-256; fetched again at the next sync.</translation>
    </message>
    <message>
        <source>Basis data ini belum disiapkan sebagai loket (init atau node join).</source>
        <translation>This database has not been set up as a counter (init or node join).</translation>
    </message>
    <message>
        <source>Skema hub perlu diperbarui: jalankan hub init --hub URL sebagai administrator.</source>
        <translation>The hub schema needs an upgrade: run hub init --hub URL as an administrator.</translation>
    </message>
    <message>
        <source>Basis data ini sudah menjadi loket %1: bergabung hanya untuk basis data baru.</source>
        <translation>This database is counter %1 already: joining is for a new database only.</translation>
    </message>
    <message>
        <source>Kode loket &quot;%1&quot; tidak sah: huruf L dan nomor loket, misalnya L2.</source>
        <translation>Counter code &quot;%1&quot; is invalid: the letter L and the counter number, e.g. L2.</translation>
    </message>
    <message>
        <source>Hub ini belum disiapkan atau skemanya lama: jalankan hub init --hub URL di loket yang sudah berjalan.</source>
        <translation>This hub is not set up or its schema is old: run hub init --hub URL on a counter already in use.</translation>
    </message>
    <message>
        <source>Hub ini belum memuat data kantor mana pun: jalankan hub init di loket pertama.</source>
        <translation>This hub holds no office&apos;s data yet: run hub init on the first counter.</translation>
    </message>
    <message>
        <source>Hub ini melayani %1 kantor: sebutkan kantornya dengan --office KODE.</source>
        <translation>This hub serves %1 offices: name the office with --office CODE.</translation>
    </message>
    <message>
        <source>Kantor %1 belum memiliki data di hub ini.</source>
        <translation>Office %1 has no data on this hub yet.</translation>
    </message>
    <message>
        <source>Kode loket %1 sudah dipakai komputer lain di hub kantor %2. Pilih kode loket lain.</source>
        <translation>Counter code %1 is used by another computer on the hub of office %2. Choose another counter code.</translation>
    </message>
    <message>
        <source>Loket %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <source>Entri audit nomor %1 loket %2 yang dicatat hub tidak ada di sini: riwayatnya dipotong, ditulis ulang, atau basis data ini dipulihkan dari cadangan lama.</source>
        <translation>Audit entry number %1 of counter %2 recorded by the hub is not here: its history was cut back or rewritten, or this database was restored from an old backup.</translation>
    </message>
    <message>
        <source>Entri audit nomor %1 loket %2 berbeda dengan yang dicatat hub: riwayatnya ditulis ulang setelah disinkronkan.</source>
        <translation>Audit entry number %1 of counter %2 differs from the one recorded by the hub: its history was rewritten after it was synced.</translation>
    </message>
</context>
<context>
    <name>TrackingNumber</name>
    <message>
        <source>Nomor urut pelacakan %1 di luar batas 1–9999 untuk satu loket per hari.</source>
        <translation>Tracking sequence number %1 is outside the range 1–9999 allowed per counter per day.</translation>
    </message>
    <message>
        <source>Nomor urut %1 tidak dipakai untuk nomor pelacakan (tidak ada karakter pemeriksa).</source>
        <translation>Sequence number %1 is not used for tracking numbers (it has no check character).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; bukan nomor pelacakan: bentuknya seperti L1-261130-0042-K.</source>
        <translation>&quot;%1&quot; is not a tracking number: it should look like L1-261130-0042-K.</translation>
    </message>
    <message>
        <source>Nomor pelacakan %1 salah ketik: karakter pemeriksa tidak cocok. Periksa lagi setiap angka.</source>
        <translation>Tracking number %1 contains a typing error: the check character does not match. Check every digit again.</translation>
    </message>
    <message>
        <source>Tanggal dalam nomor pelacakan %1 tidak sah.</source>
        <translation>The date in tracking number %1 is invalid.</translation>
    </message>
</context>
<context>
    <name>UnsealedKey</name>
    <message>
        <source>Kunci tanda tangan %1 rusak.</source>
        <translation>Signing key %1 is damaged.</translation>
    </message>
    <message>
        <source>Memori terkunci untuk kunci tidak tersedia.</source>
        <translation>Locked memory for the key is not available.</translation>
    </message>
    <message>
        <source>Frasa sandi tanda tangan salah.</source>
        <translation>Wrong signing passphrase.</translation>
    </message>
    <message>
        <source>Kunci tanda tangan %1 tidak cocok dengan kunci publiknya.</source>
        <translation>Signing key %1 does not match its public key.</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>Nama pengguna &quot;%1&quot; tidak sah: 2–32 huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf.</source>
        <translation>Invalid user name &quot;%1&quot;: use 2–32 lowercase letters, digits, dots, underscores or hyphens, starting with a letter.</translation>
    </message>
    <message>
        <source>Nama lengkap wajib diisi.</source>
        <translation>Enter the full name.</translation>
    </message>
    <message>
        <source>NIP harus 18 angka (tertulis: &quot;%1&quot;).</source>
        <translation>The NIP must have 18 digits (entered: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Pilih sedikitnya satu peran.</source>
        <translation>Select at least one role.</translation>
    </message>
    <message>
        <source>Kata sandi terlalu pendek: sedikitnya 8 karakter.</source>
        <translation>Password too short: use at least 8 characters.</translation>
    </message>
    <message>
        <source>Kata sandi terlalu panjang: paling banyak 256 karakter.</source>
        <translation>Password too long: use at most 256 characters.</translation>
    </message>
    <message>
        <source>Nama pengguna &quot;%1&quot; sudah dipakai.</source>
        <translation>User name &quot;%1&quot; is already taken.</translation>
    </message>
    <message>
        <source>Akun %1 dinonaktifkan. Hubungi administrator.</source>
        <translation>Account %1 is deactivated. Contact the administrator.</translation>
    </message>
    <message>
        <source>Pengguna %1 tidak ditemukan.</source>
        <translation>User %1 not found.</translation>
    </message>
    <message>
        <source>Anda tidak dapat mencabut peran admin dari akun Anda sendiri.</source>
        <translation>You cannot remove the admin role from your own account.</translation>
    </message>
    <message>
        <source>Anda tidak dapat menonaktifkan akun Anda sendiri.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <source>Kata sandi lama salah.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message numerus="yes">
        <source>Nama pengguna atau kata sandi salah. Setelah %1 kali salah, akun dikunci %n menit.</source>
        <translation>
            <numerusform>Wrong user name or password. After %1 wrong tries, the account is locked for %n minute.</numerusform>
            <numerusform>Wrong user name or password. After %1 wrong tries, the account is locked for %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Bagian halaman verifikasi %1 tidak ada dalam program.</source>
        <translation>Part %1 of the verification page is missing from the program.</translation>
    </message>
    <message>
        <source>Isi halaman verifikasi tidak dapat disisipkan (%1).</source>
        <translation>The verification page&apos;s content cannot be embedded (%1).</translation>
    </message>
    <message>
        <source>%1 adalah berkas, bukan folder.</source>
        <translation>%1 is a file, not a folder.</translation>
    </message>
    <message>
        <source>Folder %1 tidak dapat dibuat.</source>
        <translation>Folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>Belum ada kunci tanda tangan: halaman ini belum dapat mengesahkan surat apa pun.</source>
        <translation>There is no signing key yet: this page cannot vouch for any letter.</translation>
    </message>
    <message>
        <source>Alamat verifikasi kantor belum diisi, sehingga kode QR surat belum menunjuk ke halaman ini (letter settings --verify-url).</source>
        <translation>The office&apos;s verification address is not set, so the letters&apos; QR codes do not point to this page yet (letter settings --verify-url).</translation>
    </message>
    <message>
        <source>Alamat verifikasi %1 bukan https://: peramban hanya memeriksa tanda tangan di halaman https:// atau yang dibuka dari berkasnya.</source>
        <translation>The verification address %1 is not https://: browsers check signatures only on https:// pages or pages opened from their file.</translation>
    </message>
    <message>
        <source>Folder %1 sudah berisi index.html yang bukan halaman verifikasi Loket; pilih folder lain atau ganti berkas itu dengan sengaja (--force).</source>
        <translation>Folder %1 already holds an index.html that is not a Loket verification page; choose another folder or replace that file on purpose (--force).</translation>
    </message>
</context>
<context>
    <name>WorkflowService</name>
    <message>
        <source>Alasan atau catatan terlalu panjang: paling banyak 2000 karakter.</source>
        <translation>Reason or note too long: at most 2000 characters are allowed.</translation>
    </message>
    <message>
        <source>Permohonan %1 tidak ditemukan.</source>
        <translation>Request %1 not found.</translation>
    </message>
    <message>
        <source>Pengguna aktif %1 tidak ditemukan.</source>
        <translation>No active user %1 found.</translation>
    </message>
    <message>
        <source>Petugas hanya dapat mengambil permohonan untuk dirinya sendiri.</source>
        <translation>Counter officers can only assign requests to themselves.</translation>
    </message>
    <message>
        <source>Batas daftar harus 1–10000.</source>
        <translation>The list limit must be 1–10000.</translation>
    </message>
    <message>
        <source>Tuliskan bagaimana konflik diselesaikan (paling banyak 2000 karakter).</source>
        <translation>Write down how the conflict was settled (at most 2000 characters).</translation>
    </message>
    <message>
        <source>Permohonan %1 tidak memiliki konflik terbuka dengan peristiwa %2.</source>
        <translation>Request %1 has no open conflict with event %2.</translation>
    </message>
    <message>
        <source>Permohonan ditandatangani dengan menerbitkan suratnya (Tandatangani surat, atau loket-cli letter issue).</source>
        <translation>A request is signed by issuing its letter (Sign the letter, or loket-cli letter issue).</translation>
    </message>
    <message>
        <source>Surat ditarik kembali dengan mencabutnya atau membatalkan nomornya (loket-cli letter revoke).</source>
        <translation>A letter is withdrawn by revoking it or voiding its number (loket-cli letter revoke).</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>Kesalahan program: transaksi tulis dimulai di dalam transaksi lain.</source>
        <translation>Program error: a write transaction was begun inside another transaction.</translation>
    </message>
    <message>
        <source>Kesalahan program: pembacaan &quot;%1&quot; masih berjalan saat transaksi tulis dimulai.</source>
        <translation>Program error: the read &quot;%1&quot; was still running when a write transaction began.</translation>
    </message>
    <message>
        <source>Basis data sedang dipakai proses lain (aplikasi Loket, loket-cli, pemindai atau sinkronisasi) lebih dari %1 detik. Coba lagi sebentar lagi.</source>
        <translation>The database is in use by another process (the Loket app, loket-cli, the scanner or sync) for more than %1 seconds. Try again in a moment.</translation>
    </message>
    <message>
        <source>Transaksi tulis tidak dapat dimulai: %1</source>
        <translation>The write transaction cannot begin: %1</translation>
    </message>
    <message>
        <source>Perubahan tidak dapat disimpan: %1</source>
        <translation>The changes cannot be saved: %1</translation>
    </message>
</context>
<context>
    <name>loket::ScanWorker</name>
    <message>
        <source>Halaman %1 terlalu besar (%2 MB) untuk diolah. Pindai dengan resolusi lebih rendah.</source>
        <translation>Page %1 is too large (%2 MB) to process. Scan at a lower resolution.</translation>
    </message>
    <message>
        <source>Terjadi kesalahan tak terduga: %1</source>
        <translation>An unexpected error occurred: %1</translation>
    </message>
</context>
<context>
    <name>loket::ui::BackupRunner</name>
    <message>
        <source>Pencadangan sedang berjalan; tunggu sampai selesai.</source>
        <translation>A backup is running; wait until it finishes.</translation>
    </message>
    <message numerus="yes">
        <source>Cadangan dibuat dan diperiksa: %1 (%2, %n berkas).</source>
        <translation>
            <numerusform>Backup made and checked: %1 (%2, %n file).</numerusform>
            <numerusform>Backup made and checked: %1 (%2, %n files).</numerusform>
        </translation>
    </message>
    <message>
        <source>Pencadangan gagal: %1</source>
        <translation>Backup failed: %1</translation>
    </message>
</context>
<context>
    <name>loket::ui::BackupSettingsWidget</name>
    <message>
        <source>Bila disk komputer ini rusak, cadangan adalah satu-satunya salinan data loket. Simpan cadangan di flashdisk atau disk lain; Loket mencadangkan setiap hari selama aplikasi terbuka dan memeriksa setiap cadangan.</source>
        <translation>If this computer&apos;s disk fails, the backup is the only copy of the counter&apos;s data. Keep backups on a USB stick or another disk; Loket backs up every day while the app is open and checks every backup.</translation>
    </message>
    <message>
        <source>misalnya /media/cadangan/loket</source>
        <translation>e.g. /media/backup/loket</translation>
    </message>
    <message>
        <source>&amp;Pilih…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Folder cadangan:</source>
        <translation>Backup &amp;folder:</translation>
    </message>
    <message>
        <source> cadangan terakhir</source>
        <translation> last backups</translation>
    </message>
    <message>
        <source>Cadangkan &amp;setiap hari saat aplikasi terbuka</source>
        <translation>Back up &amp;every day while the app is open</translation>
    </message>
    <message>
        <source>Si&amp;mpan</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>&amp;Cadangkan sekarang</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Pencadangan berjalan…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Hanya administrator yang dapat mengubah pengaturan cadangan.</source>
        <translation>Only an administrator can change the backup settings.</translation>
    </message>
    <message>
        <source>Cadangan terakhir yang baik: %1 (%2), %3.</source>
        <translation>Last good backup: %1 (%2), %3.</translation>
    </message>
    <message>
        <source>kurang dari sejam lalu</source>
        <translation>less than an hour ago</translation>
    </message>
    <message numerus="yes">
        <source>%n jam lalu</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Belum ada cadangan yang berhasil.</source>
        <translation>No backup has succeeded yet.</translation>
    </message>
    <message>
        <source>Percobaan terakhir (%1) gagal: %2</source>
        <translation>The last attempt (%1) failed: %2</translation>
    </message>
    <message>
        <source>Hasil terakhir: %1</source>
        <translation>Last result: %1</translation>
    </message>
    <message>
        <source>Pengaturan cadangan disimpan.</source>
        <translation>Backup settings saved.</translation>
    </message>
    <message>
        <source>Pilih folder cadangan</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>&amp;Jumlah disimpan:</source>
        <translation>Number &amp;kept:</translation>
    </message>
</context>
<context>
    <name>loket::ui::CountersWidget</name>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>misalnya L3</source>
        <translation>e.g. L3</translation>
    </message>
    <message>
        <source>Kode loket</source>
        <translation>Counter code</translation>
    </message>
    <message>
        <source>Nama loket</source>
        <translation>Counter name</translation>
    </message>
    <message>
        <source>Loket baru</source>
        <translation>New counter</translation>
    </message>
    <message>
        <source>Simpan loket</source>
        <translation>Save counter</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Loket %1 disimpan.</source>
        <translation>Counter %1 saved.</translation>
    </message>
    <message>
        <source>Kode loket menjadi bagian setiap nomor pelacakan, sehingga tidak dapat diubah setelah disimpan.</source>
        <translation>The counter code is part of every tracking number, so it cannot be changed once saved.</translation>
    </message>
</context>
<context>
    <name>loket::ui::CropDialog</name>
    <message>
        <source>Pangkas halaman</source>
        <translation>Crop page</translation>
    </message>
    <message>
        <source>Seret kotak, sisi atau sudutnya dengan tetikus, atau gambar kotak baru di luarnya. Panah menggeser kotak, Shift+panah mengubah ukurannya (Ctrl: langkah 10 mm). Bagian yang gelap dibuang.</source>
        <translation>Drag the box, its edges or corners with the mouse, or draw a new box outside it. Arrows move the box, Shift+arrows resize it (Ctrl: 10 mm steps). The darkened part is discarded.</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>&amp;Kiri:</source>
        <translation>&amp;Left:</translation>
    </message>
    <message>
        <source>&amp;Atas:</source>
        <translation>&amp;Top:</translation>
    </message>
    <message>
        <source>&amp;Lebar:</source>
        <translation>&amp;Width:</translation>
    </message>
    <message>
        <source>&amp;Tinggi:</source>
        <translation>&amp;Height:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Setel &amp;ulang</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <source>Pakai seluruh halaman (tanpa pangkas)</source>
        <translation>Use the whole page (no crop)</translation>
    </message>
    <message>
        <source>Bagian yang disimpan: %1 × %2 mm (%3 × %4 piksel)</source>
        <translation>Part kept: %1 × %2 mm (%3 × %4 pixels)</translation>
    </message>
</context>
<context>
    <name>loket::ui::CropView</name>
    <message>
        <source>Area pangkas</source>
        <translation>Crop area</translation>
    </message>
    <message>
        <source>Panah menggeser kotak, Shift+panah mengubah ukurannya; Ctrl untuk langkah 10 mm.</source>
        <translation>Arrows move the box, Shift+arrows resize it; Ctrl for 10 mm steps.</translation>
    </message>
</context>
<context>
    <name>loket::ui::DocumentViewer</name>
    <message>
        <source>pindaian</source>
        <translation>scan</translation>
    </message>
    <message>
        <source>berkas</source>
        <translation>file</translation>
    </message>
    <message>
        <source>daring</source>
        <translation>online</translation>
    </message>
    <message>
        <source>&amp;Dokumen permohonan %1</source>
        <translation>&amp;Documents of request %1</translation>
    </message>
    <message>
        <source>&amp;Ekspor PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <source>◀ Sebelumnya</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Halaman sebelumnya (PgUp)</source>
        <translation>Previous page (PgUp)</translation>
    </message>
    <message>
        <source>Berikutnya ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Halaman berikutnya (PgDn)</source>
        <translation>Next page (PgDn)</translation>
    </message>
    <message>
        <source>Perkecil (Ctrl+−)</source>
        <translation>Zoom out (Ctrl+−)</translation>
    </message>
    <message>
        <source>Perbesar (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>&amp;Sesuai layar</source>
        <translation>&amp;Fit to window</translation>
    </message>
    <message>
        <source>Seluruh halaman terlihat (Ctrl+0)</source>
        <translation>Show the whole page (Ctrl+0)</translation>
    </message>
    <message>
        <source>Pilih dokumen untuk melihat halamannya.</source>
        <translation>Select a document to see its pages.</translation>
    </message>
    <message numerus="yes">
        <source>PDF, %Ln halaman</source>
        <translation>
            <numerusform>PDF, %Ln page</numerusform>
            <numerusform>PDF, %Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln halaman</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Belum ada dokumen yang dilampirkan pada permohonan ini.</source>
        <translation>No documents have been attached to this request yet.</translation>
    </message>
    <message>
        <source>Dokumen tidak ditampilkan.
%1</source>
        <translation>The document cannot be shown.
%1</translation>
    </message>
    <message>
        <source>Halaman %1 tidak dapat dibaca.</source>
        <translation>Page %1 could not be read.</translation>
    </message>
    <message>
        <source>Halaman %1 dari %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Ekspor PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Pilih dokumen yang akan diekspor.</source>
        <translation>Select the document to export.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat ditulis: %2</source>
        <translation>File %1 could not be written: %2</translation>
    </message>
    <message>
        <source>PDF disimpan: %1</source>
        <translation>PDF saved: %1</translation>
    </message>
</context>
<context>
    <name>loket::ui::DocumentViewerDialog</name>
    <message>
        <source>Dokumen permohonan %1</source>
        <translation>Documents of request %1</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>loket::ui::ExtraFieldsEditor</name>
    <message>
        <source>Isian lain yang diperlukan layanan (nama isian: huruf kecil, angka, garis bawah):</source>
        <translation>Other fields the service needs (field name: lowercase letters, digits, underscores):</translation>
    </message>
    <message>
        <source>Nama isian</source>
        <translation>Field name</translation>
    </message>
    <message>
        <source>Isi</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Tambah isian</source>
        <translation>Add field</translation>
    </message>
    <message>
        <source>Hapus isian</source>
        <translation>Remove field</translation>
    </message>
</context>
<context>
    <name>loket::ui::HolidaysWidget</name>
    <message>
        <source>Hari libur nasional dan cuti bersama tidak dihitung sebagai hari kerja: batas waktu layanan dihitung tanpa tanggal-tanggal ini.</source>
        <translation>National holidays and collective leave days (cuti bersama) do not count as working days: service deadlines are calculated without these dates.</translation>
    </message>
    <message>
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>mis. Hari Raya Idul Fitri 1448 H</source>
        <translation>e.g. Hari Raya Idul Fitri 1448 H</translation>
    </message>
    <message>
        <source>Tanggal:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Keterangan:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Tambah hari libur</source>
        <translation>Add holiday</translation>
    </message>
    <message>
        <source>Hapus yang dipilih</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>Hari libur %1 ditambahkan.</source>
        <translation>Holiday %1 added.</translation>
    </message>
    <message>
        <source>Hari libur %1 dihapus.</source>
        <translation>Holiday %1 removed.</translation>
    </message>
</context>
<context>
    <name>loket::ui::HubSettingsWidget</name>
    <message>
        <source>Hub adalah basis data PostgreSQL bersama kantor tempat semua loket bertukar data. Tanpa hub, loket ini bekerja sendiri. Dengan hub, loket tetap melayani saat jaringan putus dan menyinkronkan diri begitu hub terjangkau lagi.</source>
        <translation>The hub is the office&apos;s shared PostgreSQL database where all counters exchange data. Without a hub, this counter works on its own. With a hub, the counter keeps serving when the network is down and syncs as soon as the hub can be reached again.</translation>
    </message>
    <message>
        <source>&amp;Alamat hub:</source>
        <translation>Hub &amp;address:</translation>
    </message>
    <message>
        <source>kosongkan bila sudah tersimpan di komputer ini</source>
        <translation>leave empty when already stored on this computer</translation>
    </message>
    <message>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Hubungkan dan siapkan hub</source>
        <translation>&amp;Connect and set up the hub</translation>
    </message>
    <message>
        <source>Loket ini belum terhubung ke hub.</source>
        <translation>This counter is not linked to a hub.</translation>
    </message>
    <message>
        <source>Loket ini terhubung ke hub %1.</source>
        <translation>This counter is linked to hub %1.</translation>
    </message>
    <message>
        <source>Menghubungi hub…</source>
        <translation>Contacting the hub…</translation>
    </message>
    <message>
        <source>Hub %1 siap (skema versi %2); loket ini terdaftar dan menyinkronkan diri di latar belakang.</source>
        <translation>Hub %1 is ready (schema version %2); this counter is registered and syncs in the background.</translation>
    </message>
</context>
<context>
    <name>loket::ui::IntakePage</name>
    <message>
        <source>Simpan tanda terima sebagai PDF</source>
        <translation>Save receipt as PDF</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Permohonan Baru</source>
        <translation>New request</translation>
    </message>
    <message>
        <source>1. Pemohon</source>
        <translation>1. Applicant</translation>
    </message>
    <message>
        <source>2. Layanan</source>
        <translation>2. Service</translation>
    </message>
    <message>
        <source>3. Ringkasan dan kirim</source>
        <translation>3. Summary and submit</translation>
    </message>
    <message>
        <source>Enter: lanjut · Esc: kembali satu langkah (isian tetap tersimpan) · Tab: isian berikutnya</source>
        <translation>Enter: next · Esc: back one step (entries are kept) · Tab: next field</translation>
    </message>
    <message>
        <source>&amp;Kembali (Esc)</source>
        <translation>&amp;Back (Esc)</translation>
    </message>
    <message>
        <source>&amp;Lanjut (Enter)</source>
        <translation>Ne&amp;xt (Enter)</translation>
    </message>
    <message>
        <source>Data pemohon</source>
        <translation>Applicant details</translation>
    </message>
    <message>
        <source>Belum ada layanan yang dipilih.</source>
        <translation>No service selected yet.</translation>
    </message>
    <message>
        <source>Berkas yang diterima (Spasi untuk mencentang)</source>
        <translation>Documents received (Space to tick)</translation>
    </message>
    <message>
        <source>Keperluan:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <source>misalnya: melamar pekerjaan</source>
        <translation>e.g. applying for a job</translation>
    </message>
    <message>
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Datang langsung (dilayani di loket)</source>
        <translation>Walk-in (served at the counter)</translation>
    </message>
    <message>
        <source>Dibantu petugas (diajukan daring atas nama pemohon)</source>
        <translation>Assisted by staff (submitted online on behalf of the applicant)</translation>
    </message>
    <message>
        <source>Cetak standar pelayanan</source>
        <translation>Print service standard</translation>
    </message>
    <message>
        <source>Cetak leaflet layanan daring</source>
        <translation>Print online services leaflet</translation>
    </message>
    <message>
        <source>Catat sebagai belum lengkap (berkas wajib menyusul)</source>
        <translation>Record as incomplete (mandatory documents to follow)</translation>
    </message>
    <message>
        <source>Kiri&amp;m permohonan</source>
        <translation>Sub&amp;mit request</translation>
    </message>
    <message>
        <source>%1 wajib diisi.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>Pilih layanan dulu: ketik sebagian nama atau kodenya, lalu Enter.</source>
        <translation>Choose a service first: type part of its name or code, then press Enter.</translation>
    </message>
    <message>
        <source>Isian baris %1 belum diberi nama.</source>
        <translation>The field in row %1 has no name yet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Perhatian: penduduk ini masih punya permohonan %1 yang belum selesai: %2.</source>
        <translation>Attention: this resident still has an unfinished %1 request: %2.</translation>
    </message>
    <message>
        <source>penduduk baru, didaftarkan bersama permohonan ini</source>
        <translation>new resident, registered with this request</translation>
    </message>
    <message>
        <source>data penduduk diperbarui bersama permohonan ini</source>
        <translation>resident details updated with this request</translation>
    </message>
    <message>
        <source>penduduk terdaftar</source>
        <translation>registered resident</translation>
    </message>
    <message>
        <source> RT %1 / RW %2</source>
        <translation> RT %1 / RW %2</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>Ringkasan permohonan</source>
        <translation>Request summary</translation>
    </message>
    <message>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>%1 &lt;i&gt;(%2)&lt;/i&gt;</source>
        <translation>%1 &lt;i&gt;(%2)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Jangka waktu</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>Keperluan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source> &lt;b&gt;(wajib)&lt;/b&gt;</source>
        <translation> &lt;b&gt;(mandatory)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Berkas diterima:</source>
        <translation>Documents received:</translation>
    </message>
    <message>
        <source>Berkas belum diserahkan:</source>
        <translation>Documents not yet submitted:</translation>
    </message>
    <message>
        <source>Perhatian:</source>
        <translation>Attention:</translation>
    </message>
    <message>
        <source>Persyaratan wajib belum diterima: %1. Centang &quot;Catat sebagai belum lengkap&quot; untuk tetap mencatat permohonan (tanda terima menyebut berkas yang kurang), atau tekan Esc untuk kembali mencentang berkas.</source>
        <translation>Mandatory requirements not yet received: %1. Tick &quot;Record as incomplete&quot; to record the request anyway (the receipt lists the missing documents), or press Esc to go back and tick the documents.</translation>
    </message>
    <message>
        <source>Permohonan dicatat sebagai belum lengkap dan menunggu berkas: %1.</source>
        <translation>The request will be recorded as incomplete, awaiting documents: %1.</translation>
    </message>
    <message>
        <source>Permohonan %1 tercatat. Cetak tanda terima untuk pemohon.</source>
        <translation>Request %1 recorded. Print the receipt for the applicant.</translation>
    </message>
    <message>
        <source>Standar pelayanan %1</source>
        <translation>Service standard %1</translation>
    </message>
    <message>
        <source>Leaflet layanan daring</source>
        <translation>Online services leaflet</translation>
    </message>
</context>
<context>
    <name>loket::ui::IntakeResultPanel</name>
    <message>
        <source>Nomor pelacakan:</source>
        <translation>Tracking number:</translation>
    </message>
    <message>
        <source>Tanda terima</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Kertas:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Pratinjau dan cetak…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>Printer:</translation>
    </message>
    <message>
        <source>Cetak ke printer ini</source>
        <translation>Print to this printer</translation>
    </message>
    <message>
        <source>Simpan sebagai PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Berkas pemohon</source>
        <translation>Applicant&apos;s documents</translation>
    </message>
    <message>
        <source>Pindai / tambah berkas…</source>
        <translation>Scan / add documents…</translation>
    </message>
    <message>
        <source>Lihat berkas</source>
        <translation>View documents</translation>
    </message>
    <message>
        <source>&amp;Permohonan baru</source>
        <translation>&amp;New request</translation>
    </message>
    <message>
        <source>Perkiraan selesai: %1</source>
        <translation>Expected completion: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Berkas yang harus dibawa menyusul: %1</source>
        <translation>Documents still to be brought: %1</translation>
    </message>
    <message>
        <source>tidak ada printer</source>
        <translation>no printer</translation>
    </message>
    <message>
        <source>Belum ada berkas yang dilampirkan.</source>
        <translation>No documents attached yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n berkas terlampir.</source>
        <translation>
            <numerusform>%n document attached.</numerusform>
            <numerusform>%n documents attached.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tanda terima %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <source>Belum ada printer yang terpasang: simpan tanda terima sebagai PDF, atau pasang printer dulu.</source>
        <translation>No printer is installed: save the receipt as a PDF, or install a printer first.</translation>
    </message>
    <message>
        <source>Tanda terima %1 dikirim ke printer %2.</source>
        <translation>Receipt %1 sent to printer %2.</translation>
    </message>
    <message>
        <source>Tanda terima disimpan: %1</source>
        <translation>Receipt saved: %1</translation>
    </message>
</context>
<context>
    <name>loket::ui::LanguageSettingsWidget</name>
    <message>
        <source>Bahasa tampilan</source>
        <translation>Display language</translation>
    </message>
    <message>
        <source>Terjemahan untuk bahasa ini belum tersedia: tampilan tetap berbahasa Indonesia.</source>
        <translation>No translation is available for this language yet: the interface stays in Indonesian.</translation>
    </message>
    <message>
        <source>Pilihan bahasa disimpan di komputer ini dan langsung berlaku.</source>
        <translation>The language choice is saved on this computer and takes effect immediately.</translation>
    </message>
</context>
<context>
    <name>loket::ui::LetterDialog</name>
    <message>
        <source>Konsep surat %1</source>
        <translation>Letter draft %1</translation>
    </message>
    <message>
        <source>Tandatangani surat %1</source>
        <translation>Sign letter %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Templat versi %2, kertas %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Template version %2, paper %3.</translation>
    </message>
    <message>
        <source>Isian {{isian.%1}} pada templat</source>
        <translation>Field {{isian.%1}} of the template</translation>
    </message>
    <message>
        <source>Simpan konsep</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Anda belum memiliki kunci tanda tangan. Buat sekarang dengan frasa sandi yang hanya Anda ketahui (paling sedikit %1 karakter); frasa sandi itu tidak disimpan.</source>
        <translation>You have no signing key yet. Make one now with a passphrase only you know (at least %1 characters); the passphrase is not stored.</translation>
    </message>
    <message>
        <source>Frasa sandi baru</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Ulangi frasa sandi</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>&amp;Frasa sandi tanda tangan</source>
        <translation>Signing &amp;passphrase</translation>
    </message>
    <message>
        <source>Tandatangani dan terbitkan</source>
        <translation>Sign and issue</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kedua frasa sandi tidak sama.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Konsep surat belum disimpan</source>
        <translation>Letter draft not saved</translation>
    </message>
    <message>
        <source>Isian konsep surat %1 sudah diubah. Tutup tanpa menyimpan perubahan itu?</source>
        <translation>The fields of the letter draft for %1 were changed. Close without saving those changes?</translation>
    </message>
    <message>
        <source>&amp;Buang perubahan</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <source>&amp;Kembali ke konsep</source>
        <translation>&amp;Back to the draft</translation>
    </message>
</context>
<context>
    <name>loket::ui::LetterPages</name>
    <message>
        <source>pratinjau surat</source>
        <translation>letter preview</translation>
    </message>
</context>
<context>
    <name>loket::ui::LetterPrintDialog</name>
    <message>
        <source>Cetak surat %1</source>
        <translation>Print letter %1</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>&amp;Printer</translation>
    </message>
    <message>
        <source>&amp;Jumlah</source>
        <translation>&amp;Copies</translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Surat ini sudah pernah dicetak: cetakan ini bertanda SALINAN. Kertas %1.</source>
        <translation>This letter has been printed before: this print is marked SALINAN (copy). Paper %1.</translation>
    </message>
    <message>
        <source>Cetakan pertama surat yang ditandatangani. Kertas %1.</source>
        <translation>First print of the signed letter. Paper %1.</translation>
    </message>
    <message>
        <source>Belum ada printer yang terpasang di komputer ini.</source>
        <translation>No printer is installed on this computer yet.</translation>
    </message>
</context>
<context>
    <name>loket::ui::LetterTemplatesWidget</name>
    <message>
        <source>Penomoran dan verifikasi</source>
        <translation>Numbering and verification</translation>
    </message>
    <message>
        <source>Bagian: {klasifikasi}, {nomor} atau {nomor:04}, {unit}, {tahun}</source>
        <translation>Parts: {klasifikasi}, {nomor} or {nomor:04}, {unit}, {tahun}</translation>
    </message>
    <message>
        <source>Satu register per kode klasifikasi</source>
        <translation>One register per classification code</translation>
    </message>
    <message>
        <source>Satu register untuk kantor</source>
        <translation>One register for the office</translation>
    </message>
    <message>
        <source>Simpan penomoran</source>
        <translation>Save numbering</translation>
    </message>
    <message>
        <source>Alamat verifikasi (QR)</source>
        <translation>Verification address (QR)</translation>
    </message>
    <message>
        <source>Format nomor</source>
        <translation>Number format</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registers</translation>
    </message>
    <message>
        <source>Surat keterangan / rekomendasi</source>
        <translation>Certificate / recommendation</translation>
    </message>
    <message>
        <source>Surat dinas (Nomor, Lampiran, Perihal, Yth.)</source>
        <translation>Official letter (Number, Attachment, Subject, To)</translation>
    </message>
    <message>
        <source>Pengesahan / legalisasi</source>
        <translation>Endorsement / legalisation</translation>
    </message>
    <message>
        <source>mis. a.n. BUPATI BANYUMAS; kosong bila atas kewenangan Camat</source>
        <translation>e.g. a.n. BUPATI BANYUMAS; empty under the Camat&apos;s own authority</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Kertas</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Atas nama</source>
        <translation>On behalf of</translation>
    </message>
    <message>
        <source>Kepada Yth.</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Nama isian</source>
        <translation>Field name</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Nilai awal</source>
        <translation>Initial value</translation>
    </message>
    <message>
        <source>Banyak baris</source>
        <translation>Several lines</translation>
    </message>
    <message>
        <source>Isian yang diisi petugas per surat ({{isian.NAMA}}):</source>
        <translation>Fields the officer fills in for each letter ({{isian.NAME}}):</translation>
    </message>
    <message>
        <source>Tambah isian</source>
        <translation>Add field</translation>
    </message>
    <message>
        <source>Hapus isian</source>
        <translation>Remove field</translation>
    </message>
    <message>
        <source>Nomor pelacakan untuk pratinjau</source>
        <translation>Tracking number for the preview</translation>
    </message>
    <message>
        <source>Simpan sebagai versi baru</source>
        <translation>Save as a new version</translation>
    </message>
    <message>
        <source>Penomoran dan alamat verifikasi disimpan.</source>
        <translation>Numbering and verification address saved.</translation>
    </message>
    <message>
        <source>Penomoran surat disimpan.</source>
        <translation>Letter numbering saved.</translation>
    </message>
    <message>
        <source>%1 (%2 versi tersimpan)</source>
        <translation>%1 (%2 versions stored)</translation>
    </message>
    <message>
        <source>Belum ada permohonan layanan ini untuk pratinjau: tulis nomor pelacakan permohonan lain.</source>
        <translation>No request of this service yet for the preview: type the tracking number of another request.</translation>
    </message>
    <message>
        <source>Templat %1 disimpan sebagai versi %2.</source>
        <translation>Template %1 saved as version %2.</translation>
    </message>
    <message>
        <source>Templat surat disimpan.</source>
        <translation>Letter template saved.</translation>
    </message>
    <message>
        <source>&amp;Isi surat (HTML)</source>
        <translation>Letter &amp;body (HTML)</translation>
    </message>
    <message>
        <source>Sisipkan isian…</source>
        <translation>Insert a placeholder…</translation>
    </message>
</context>
<context>
    <name>loket::ui::LetterVerifyWidget</name>
    <message>
        <source>Tempel isi kode QR surat (alamat atau segelnya), atau pilih PDF, pindaian atau foto surat:</source>
        <translation>Paste the content of the letter&apos;s QR code (the address or its seal), or choose a PDF, scan or photo of the letter:</translation>
    </message>
    <message>
        <source>https://…/verifikasi#…</source>
        <translation>https://…/verifikasi#…</translation>
    </message>
    <message>
        <source>Periksa</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Pilih surat yang diperiksa</source>
        <translation>Choose the letter to check</translation>
    </message>
    <message>
        <source>Surat (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Semua berkas (*)</source>
        <translation>Letters (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <source>Tidak dapat diperiksa</source>
        <translation>Cannot be checked</translation>
    </message>
    <message>
        <source>Surat %1</source>
        <translation>Letter %1</translation>
    </message>
    <message>
        <source>Nomor: %1&lt;br&gt;Tanggal: %2&lt;br&gt;Perihal: %3&lt;br&gt;Atas nama: %4</source>
        <translation>Number: %1&lt;br&gt;Date: %2&lt;br&gt;Subject: %3&lt;br&gt;In the name of: %4</translation>
    </message>
    <message>
        <source>&lt;br&gt;Ditandatangani: %1 (%2)</source>
        <translation>&lt;br&gt;Signed by: %1 (%2)</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;br&gt;Cocokkan data ini dengan yang tertulis pada kertas.</source>
        <translation>&lt;br&gt;&lt;br&gt;Compare these with what is written on the paper.</translation>
    </message>
    <message>
        <source>%1 pukul %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Dicabut pada %1: %2</source>
        <translation>Revoked on %1: %2</translation>
    </message>
</context>
<context>
    <name>loket::ui::LettersPage</name>
    <message>
        <source>Dicabut</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Nomor dibatalkan</source>
        <translation>Number voided</translation>
    </message>
    <message>
        <source>Berlaku</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Surat</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Cari nomor, nama, nomor pelacakan atau perihal</source>
        <translation>Search number, name, tracking number or subject</translation>
    </message>
    <message>
        <source>&amp;Dari</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;Sampai</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Nomor pelacakan</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Penduduk</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Penandatangan</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation>Prints</translation>
    </message>
    <message>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Ekspor CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Cabut surat…</source>
        <translation>Revoke letter…</translation>
    </message>
    <message>
        <source>Batalkan nomor…</source>
        <translation>Void number…</translation>
    </message>
    <message>
        <source>Register surat</source>
        <translation>Letter register</translation>
    </message>
    <message>
        <source>Periksa keaslian</source>
        <translation>Check a letter</translation>
    </message>
    <message>
        <source>Ekspor register surat</source>
        <translation>Export the letter register</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>register-surat.csv</source>
        <translation>letter-register.csv</translation>
    </message>
    <message>
        <source>Register disimpan ke %1.</source>
        <translation>Register saved to %1.</translation>
    </message>
    <message>
        <source>Pilih surat dahulu.</source>
        <translation>Choose a letter first.</translation>
    </message>
    <message>
        <source>Simpan PDF surat</source>
        <translation>Save the letter PDF</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>PDF surat disimpan ke %1.</source>
        <translation>Letter PDF saved to %1.</translation>
    </message>
    <message>
        <source>Surat %1 dikirim ke %2.</source>
        <translation>Letter %1 sent to %2.</translation>
    </message>
    <message>
        <source>Batalkan nomor %1</source>
        <translation>Void number %1</translation>
    </message>
    <message>
        <source>Cabut surat %1</source>
        <translation>Revoke letter %1</translation>
    </message>
    <message>
        <source>Mengapa nomor ini dibatalkan (surat rusak atau salah cetak)? Nomor tetap tercatat dan tidak akan dipakai lagi.</source>
        <translation>Why is this number voided (a damaged or misprinted letter)? The number stays in the register and is never used again.</translation>
    </message>
    <message>
        <source>Mengapa surat ini dicabut? Alasan ini ditunjukkan kepada siapa pun yang memeriksa surat.</source>
        <translation>Why is this letter revoked? The reason is shown to anyone who checks the letter.</translation>
    </message>
    <message>
        <source>Batalkan nomor</source>
        <translation>Void number</translation>
    </message>
    <message>
        <source>Cabut surat</source>
        <translation>Revoke letter</translation>
    </message>
    <message>
        <source>Nomor %1 dibatalkan.</source>
        <translation>Number %1 voided.</translation>
    </message>
    <message>
        <source>Surat %1 dicabut.</source>
        <translation>Letter %1 revoked.</translation>
    </message>
    <message>
        <source>surat-%1.pdf</source>
        <translation>letter-%1.pdf</translation>
    </message>
    <message>
        <source>Ditampilkan %1 surat terbaru: persempit tanggal atau pencarian. Ekspor CSV memuat semuanya.</source>
        <translation>Showing the %1 newest letters: narrow the dates or the search. The CSV export holds them all.</translation>
    </message>
    <message>
        <source>Halaman verifikasi…</source>
        <translation>Verification page…</translation>
    </message>
    <message>
        <source>Tulis halaman web tempat siapa pun memeriksa surat dari kode QR-nya, dengan kunci dan pencabutan saat ini</source>
        <translation>Write the web page where anyone checks a letter from its QR code, with the current keys and revocations</translation>
    </message>
    <message>
        <source>Folder untuk halaman verifikasi</source>
        <translation>Folder for the verification page</translation>
    </message>
    <message>
        <source>Halaman verifikasi ditulis ke %1 (%2 kunci, %3 surat dicabut). Pasang di alamat verifikasi kantor; tulis lagi sesudah mencabut surat atau membuat kunci baru.</source>
        <translation>Verification page written to %1 (%2 keys, %3 revoked letters). Put it at the office&apos;s verification address; write it again after revoking a letter or making a new key.</translation>
    </message>
    <message>
        <source>Ganti index.html?</source>
        <translation>Replace index.html?</translation>
    </message>
    <message>
        <source>Folder %1 sudah berisi index.html yang bukan halaman verifikasi Loket (mungkin halaman utama situs kantor). Ganti berkas itu dengan halaman verifikasi?</source>
        <translation>Folder %1 already holds an index.html that is not a Loket verification page (perhaps the office website&apos;s home page). Replace that file with the verification page?</translation>
    </message>
    <message>
        <source>Perhatian: %1</source>
        <translation>Attention: %1</translation>
    </message>
</context>
<context>
    <name>loket::ui::LoginDialog</name>
    <message>
        <source>Masuk ke Loket</source>
        <translation>Log in to Loket</translation>
    </message>
    <message>
        <source>Loket PATEN</source>
        <translation>Loket PATEN</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>DATA DEMO</source>
        <translation>DEMO DATA</translation>
    </message>
    <message>
        <source>Basis data ini berisi data contoh. Kata sandi akun demo sengaja diumumkan; klik nama pengguna untuk mengisinya. Jangan dipakai untuk pelayanan sungguhan.</source>
        <translation>This database contains sample data. The demo account passwords are public on purpose; click a user name to fill it in. Do not use it to serve real applicants.</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Isi nama pengguna.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>Periksa keaslian surat…</source>
        <translation>Check a letter…</translation>
    </message>
    <message>
        <source>Periksa keaslian surat</source>
        <translation>Check a letter</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>loket::ui::MainWindow</name>
    <message>
        <source>Antrian</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Permohonan Baru</source>
        <translation>New request</translation>
    </message>
    <message>
        <source>Penduduk</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Surat</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>B&amp;antuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Tentang Loket</source>
        <translation>&amp;About Loket</translation>
    </message>
    <message>
        <source>Basis data: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Basis data demo: data contoh dengan kata sandi yang diumumkan.</source>
        <translation>Demo database: sample data with publicly known passwords.</translation>
    </message>
    <message>
        <source>Loket %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <source>Loket %1 · %2</source>
        <translation>Counter %1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Loket — %1</source>
        <translation>Loket — %1</translation>
    </message>
    <message>
        <source>Di sini akan tersedia laporan pelayanan, waktu penyelesaian, pengaduan dan survei kepuasan.</source>
        <translation>Here you will find reports on services, completion times, complaints and satisfaction surveys.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Loket %1&lt;/h3&gt;&lt;p&gt;Aplikasi loket Pelayanan Administrasi Terpadu Kecamatan (PATEN).&lt;/p&gt;&lt;p&gt;Kode wilayah: idn-area-data 4.0.1 oleh Muhammad Fityan Nugroho, Open Database License (ODbL) 1.0&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Loket %1&lt;/h3&gt;&lt;p&gt;Service counter application for PATEN (Pelayanan Administrasi Terpadu Kecamatan, integrated administrative services of the kecamatan).&lt;/p&gt;&lt;p&gt;Area codes: idn-area-data 4.0.1 by Muhammad Fityan Nugroho, Open Database License (ODbL) 1.0&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tentang Loket</source>
        <translation>About Loket</translation>
    </message>
    <message>
        <source>&amp;Buka permohonan dengan nomor pelacakan…</source>
        <translation>&amp;Open request by tracking number…</translation>
    </message>
    <message>
        <source>Sinkronisasi sedang berjalan.</source>
        <translation>Sync is running.</translation>
    </message>
    <message>
        <source>Sinkronkan sekarang</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Kirim perubahan loket ini ke hub kantor dan ambil perubahan loket lain sekarang.</source>
        <translation>Send this counter&apos;s changes to the office hub and fetch the other counters&apos; changes now.</translation>
    </message>
    <message>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Hub: menyinkronkan…</source>
        <translation>Hub: syncing…</translation>
    </message>
    <message>
        <source>Hub tidak terhubung</source>
        <translation>Hub not connected</translation>
    </message>
    <message>
        <source>Hub tersambung</source>
        <translation>Hub connected</translation>
    </message>
    <message>
        <source>terakhir berhasil: %1</source>
        <translation>last success: %1</translation>
    </message>
    <message>
        <source>menunggu dikirim: %1 perubahan, %2 berkas</source>
        <translation>waiting to be sent: %1 changes, %2 documents</translation>
    </message>
    <message numerus="yes">
        <source>%n berkas belum diterima</source>
        <translation>
            <numerusform>%n document not yet received</numerusform>
            <numerusform>%n documents not yet received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n konflik perlu diputuskan</source>
        <translation>
            <numerusform>%n conflict to settle</numerusform>
            <numerusform>%n conflicts to settle</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub %1: %2</source>
        <translation>Hub %1: %2</translation>
    </message>
    <message>
        <source>Hub %1</source>
        <translation>Hub %1</translation>
    </message>
</context>
<context>
    <name>loket::ui::MessageBanner</name>
    <message>
        <source>Terjadi kesalahan tak terduga: %1</source>
        <translation>An unexpected error occurred: %1</translation>
    </message>
</context>
<context>
    <name>loket::ui::OfficeSettingsWidget</name>
    <message>
        <source>misalnya PU</source>
        <translation>e.g. PU</translation>
    </message>
    <message>
        <source>tempat pada baris tanggal surat, misalnya Purwokerto</source>
        <translation>place on the date line of letters, e.g. Purwokerto</translation>
    </message>
    <message>
        <source>Kode kecamatan</source>
        <translation>Kecamatan code</translation>
    </message>
    <message>
        <source>Nama kantor</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>Nama kabupaten/kota</source>
        <translation>Regency/city name</translation>
    </message>
    <message>
        <source>Kode unit (nomor surat)</source>
        <translation>Unit code (letter numbers)</translation>
    </message>
    <message>
        <source>Kota</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Kode pos</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Laman</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Satu baris kop surat per baris</source>
        <translation>One letterhead line per line</translation>
    </message>
    <message>
        <source>Isi kop baku dari data di atas</source>
        <translation>Fill in the standard letterhead from the data above</translation>
    </message>
    <message>
        <source>Kop surat</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <source>Pilih logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <source>Hapus logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <source>PNG atau JPEG, paling besar 2 MB.
Logo langsung disimpan.</source>
        <translation>PNG or JPEG, at most 2 MB.
The logo is saved immediately.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Simpan identitas kantor</source>
        <translation>Save office details</translation>
    </message>
    <message>
        <source>Identitas kantor disimpan.</source>
        <translation>Office details saved.</translation>
    </message>
    <message>
        <source>Pilih logo kantor</source>
        <translation>Choose office logo</translation>
    </message>
    <message>
        <source>Gambar PNG atau JPEG (*.png *.jpg *.jpeg)</source>
        <translation>PNG or JPEG images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat dibuka: %2</source>
        <translation>File %1 could not be opened: %2</translation>
    </message>
    <message>
        <source>Berkas logo terlalu besar (%1 KB): paling besar 2048 KB.</source>
        <translation>The logo file is too large (%1 KB): the maximum is 2048 KB.</translation>
    </message>
    <message>
        <source>Logo kantor disimpan.</source>
        <translation>Office logo saved.</translation>
    </message>
    <message>
        <source>Logo kantor dihapus.</source>
        <translation>Office logo removed.</translation>
    </message>
    <message>
        <source>Belum ada logo</source>
        <translation>No logo yet</translation>
    </message>
    <message>
        <source>dicetak pada tanda terima, misalnya https://…/lacak</source>
        <translation>printed on receipts, e.g. https://…/lacak</translation>
    </message>
    <message>
        <source>dicetak pada selebaran layanan daring, misalnya https://…/paten</source>
        <translation>printed on the online services leaflet, e.g. https://…/paten</translation>
    </message>
    <message>
        <source>Alamat pelacakan permohonan</source>
        <translation>Request tracking address</translation>
    </message>
    <message>
        <source>Alamat layanan daring</source>
        <translation>Online services address</translation>
    </message>
</context>
<context>
    <name>loket::ui::PageEditor</name>
    <message>
        <source>Putar &amp;kiri</source>
        <translation>Rotate &amp;left</translation>
    </message>
    <message>
        <source>Putar halaman terpilih 90° berlawanan arah jarum jam</source>
        <translation>Rotate the selected page 90° counter-clockwise</translation>
    </message>
    <message>
        <source>Putar ka&amp;nan</source>
        <translation>Rotate ri&amp;ght</translation>
    </message>
    <message>
        <source>Putar halaman terpilih 90° searah jarum jam</source>
        <translation>Rotate the selected page 90° clockwise</translation>
    </message>
    <message>
        <source>Geser ke &amp;depan</source>
        <translation>Mo&amp;ve earlier</translation>
    </message>
    <message>
        <source>Geser ke &amp;belakang</source>
        <translation>Move la&amp;ter</translation>
    </message>
    <message>
        <source>&amp;Hapus halaman</source>
        <translation>&amp;Delete page</translation>
    </message>
    <message>
        <source>&amp;Luruskan dan potong otomatis</source>
        <translation>Straighten and crop a&amp;utomatically</translation>
    </message>
    <message>
        <source>Matikan untuk memakai hasil pindaian apa adanya</source>
        <translation>Turn off to use the scan as it is</translation>
    </message>
    <message>
        <source>GAGAL</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>KOSONG?</source>
        <translation>BLANK?</translation>
    </message>
    <message>
        <source>memproses…</source>
        <translation>processing…</translation>
    </message>
    <message>
        <source> · kosong?</source>
        <translation> · blank?</translation>
    </message>
    <message>
        <source>Halaman ini tampak kosong: periksa sebelum melampirkan.</source>
        <translation>This page looks blank: check it before attaching.</translation>
    </message>
    <message>
        <source>Diluruskan %1° dan dipotong ke tepi kertas.</source>
        <translation>Straightened by %1° and cropped to the edge of the paper.</translation>
    </message>
    <message>
        <source>Hasil pindaian apa adanya (tanpa pelurusan dan pemotongan).</source>
        <translation>Scan as it is (not straightened or cropped).</translation>
    </message>
    <message>
        <source>Belum ada halaman</source>
        <translation>No pages yet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln halaman · ada halaman yang gagal diproses: hapus atau pindai ulang</source>
        <translation>
            <numerusform>%Ln page · processing failed: delete or rescan it</numerusform>
            <numerusform>%Ln pages · some pages could not be processed: delete or rescan them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln halaman · menghitung ukuran…</source>
        <translation>
            <numerusform>%Ln page · calculating size…</numerusform>
            <numerusform>%Ln pages · calculating size…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln halaman · %1</source>
        <translation>
            <numerusform>%Ln page · %1</numerusform>
            <numerusform>%Ln pages · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>P&amp;angkas…</source>
        <translation>Cr&amp;op…</translation>
    </message>
    <message>
        <source>Pangkas halaman terpilih dengan tangan (Ctrl+Shift+X)</source>
        <translation>Crop the selected page by hand (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>Dipangkas dengan tangan: %1 × %2 mm.</source>
        <translation>Cropped by hand: %1 × %2 mm.</translation>
    </message>
</context>
<context>
    <name>loket::ui::PlaceholderPage</name>
    <message>
        <source>Fitur ini hadir pada tahap pengembangan berikutnya.</source>
        <translation>This feature is coming in the next stage of development.</translation>
    </message>
</context>
<context>
    <name>loket::ui::QueuePage</name>
    <message>
        <source>Antrian</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>S&amp;aluran:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>&amp;Layanan:</source>
        <translation>S&amp;ervice:</translation>
    </message>
    <message>
        <source>Ketik nomor pelacakan lalu Enter</source>
        <translation>Type a tracking number and press Enter</translation>
    </message>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Langsung di loket</source>
        <translation>At the counter</translation>
    </message>
    <message>
        <source>Dibantu petugas</source>
        <translation>Assisted by staff</translation>
    </message>
    <message>
        <source>Daring</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Hanya yang terlambat</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Hanya tugas saya</source>
        <translation>My work only</translation>
    </message>
    <message>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message numerus="yes">
        <source>%Ln permohonan</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dari %2 permohonan dimuat; gulir ke bawah untuk memuat berikutnya.</source>
        <translation>%1 of %2 requests loaded; scroll down to load more.</translation>
    </message>
</context>
<context>
    <name>loket::ui::QueueTableModel</name>
    <message>
        <source>%1 · Terlambat</source>
        <translation>%1 · Overdue</translation>
    </message>
    <message>
        <source>Nomor pelacakan</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Target selesai</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
</context>
<context>
    <name>loket::ui::ReasonDialog</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Isian ini wajib diisi.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Terlalu panjang: %1 karakter, paling banyak %2.</source>
        <translation>Too long: %1 characters, at most %2.</translation>
    </message>
</context>
<context>
    <name>loket::ui::RequestDetailWidget</name>
    <message>
        <source>Pilih permohonan di tabel atau ketik nomor pelacakannya untuk melihat rinciannya.</source>
        <translation>Select a request in the table or type its tracking number to see its details.</translation>
    </message>
    <message>
        <source>TERLAMBAT</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <source>&amp;Ambil</source>
        <translation>&amp;Take</translation>
    </message>
    <message>
        <source>Tugaskan permohonan ini kepada saya</source>
        <translation>Assign this request to me</translation>
    </message>
    <message>
        <source>&amp;Tugaskan</source>
        <translation>&amp;Assign</translation>
    </message>
    <message>
        <source>Tugaskan permohonan ini kepada petugas yang dipilih</source>
        <translation>Assign this request to the selected officer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Cetak pemberitahuan…</source>
        <translation>&amp;Print notice…</translation>
    </message>
    <message>
        <source>Simpan &amp;PDF…</source>
        <translation>Save P&amp;DF…</translation>
    </message>
    <message>
        <source>Konflik yang belum diselesaikan</source>
        <translation>Unsettled conflicts</translation>
    </message>
    <message>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Layanan dan standar pelayanan</source>
        <translation>Service and service standard</translation>
    </message>
    <message>
        <source>Isian formulir</source>
        <translation>Form fields</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Target selesai: %1 · Terlambat</source>
        <translation>Due: %1 · Overdue</translation>
    </message>
    <message>
        <source>Target selesai: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <source>Ditugaskan kepada: %1</source>
        <translation>Assigned to: %1</translation>
    </message>
    <message>
        <source>belum ada</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <source>RT %1/RW %2</source>
        <translation>RT %1/RW %2</translation>
    </message>
    <message>
        <source>%1 (dibantu %2)</source>
        <translation>%1 (assisted by %2)</translation>
    </message>
    <message>
        <source>%1, diterima %2</source>
        <translation>%1, received by %2</translation>
    </message>
    <message>
        <source>Jangka waktu: selesai pada hari yang sama</source>
        <translation>Time limit: completed on the same day</translation>
    </message>
    <message numerus="yes">
        <source>Jangka waktu: %n hari kerja</source>
        <translation>
            <numerusform>Time limit: %n working day</numerusform>
            <numerusform>Time limit: %n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Biaya: %1</source>
        <translation>Fee: %1</translation>
    </message>
    <message>
        <source>Produk: %1</source>
        <translation>Product: %1</translation>
    </message>
    <message>
        <source>Prosedur: %1</source>
        <translation>Procedure: %1</translation>
    </message>
    <message>
        <source>Permohonan ini sudah selesai diproses.</source>
        <translation>This request has been fully processed.</translation>
    </message>
    <message>
        <source>Tidak ada langkah untuk peran Anda pada status ini.</source>
        <translation>There is no step for your role in this status.</translation>
    </message>
    <message>
        <source>Permohonan dikembalikan. Berikan surat pemberitahuan kepada pemohon: cetak atau simpan sebagai PDF.</source>
        <translation>The request was returned. Give the applicant the notice letter: print it or save it as a PDF.</translation>
    </message>
    <message>
        <source>Permohonan ditolak. Berikan surat pemberitahuan kepada pemohon: cetak atau simpan sebagai PDF.</source>
        <translation>The request was rejected. Give the applicant the notice letter: print it or save it as a PDF.</translation>
    </message>
    <message>
        <source>Surat pemberitahuan untuk pemohon (apa yang kurang atau alasan penolakan).</source>
        <translation>Notice letter for the applicant (what is missing, or the reason for rejection).</translation>
    </message>
    <message>
        <source>%1 oleh %2 (%3) di %4, %5: tidak diterapkan karena bertentangan dengan langkah yang tercatat lebih dahulu.</source>
        <translation>%1 by %2 (%3) at %4, %5: not applied because it conflicts with a step recorded earlier.</translation>
    </message>
    <message>
        <source>Selesaikan</source>
        <translation>Settle</translation>
    </message>
    <message>
        <source>Tidak ada isian.</source>
        <translation>No fields.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>oleh %1 (%2) di %3</source>
        <translation>by %1 (%2) at %3</translation>
    </message>
    <message>
        <source>Catatan: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Apa yang kurang atau harus diperbaiki pemohon? Alasan ini dicetak pada surat pemberitahuan.</source>
        <translation>What is missing, or what must the applicant correct? This reason is printed on the notice letter.</translation>
    </message>
    <message>
        <source>Mengapa permohonan ditolak? Alasan ini dicetak pada surat pemberitahuan.</source>
        <translation>Why is the request being rejected? This reason is printed on the notice letter.</translation>
    </message>
    <message>
        <source>Mengapa permohonan dibatalkan?</source>
        <translation>Why is the request being cancelled?</translation>
    </message>
    <message>
        <source>Apa yang harus diperbaiki pada tahap sebelumnya?</source>
        <translation>What must be corrected at the previous stage?</translation>
    </message>
    <message>
        <source>Permohonan %1 kini berstatus &quot;%2&quot;.</source>
        <translation>Request %1 now has the status &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Permohonan %1 kini ditugaskan kepada Anda.</source>
        <translation>Request %1 is now assigned to you.</translation>
    </message>
    <message>
        <source>Permohonan %1 ditugaskan kepada %2.</source>
        <translation>Request %1 assigned to %2.</translation>
    </message>
    <message>
        <source>Selesaikan konflik — %1</source>
        <translation>Settle conflict — %1</translation>
    </message>
    <message>
        <source>Tuliskan bagaimana konflik ini diselesaikan. Peristiwa yang bertentangan tetap tercatat di riwayat tetapi tidak diterapkan.</source>
        <translation>Write down how this conflict was settled. The conflicting event stays recorded in the history but is not applied.</translation>
    </message>
    <message>
        <source>Konflik pada %1 diselesaikan.</source>
        <translation>Conflict on %1 settled.</translation>
    </message>
    <message>
        <source>Pemberitahuan %1</source>
        <translation>Notice %1</translation>
    </message>
    <message>
        <source>Pemberitahuan %1 dikirim ke printer.</source>
        <translation>Notice %1 sent to the printer.</translation>
    </message>
    <message>
        <source>Simpan pemberitahuan sebagai PDF</source>
        <translation>Save notice as PDF</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>pemberitahuan-%1.pdf</source>
        <translation>notice-%1.pdf</translation>
    </message>
    <message>
        <source>Pemberitahuan disimpan ke %1.</source>
        <translation>Notice saved to %1.</translation>
    </message>
    <message>
        <source>Berkas dilampirkan pada permohonan %1.</source>
        <translation>Papers attached to request %1.</translation>
    </message>
    <message>
        <source>Ubah konsep surat</source>
        <translation>Edit the letter draft</translation>
    </message>
    <message>
        <source>Cetak surat %1</source>
        <translation>Print letter %1</translation>
    </message>
    <message>
        <source>Salinan surat %1 dikirim ke %2.</source>
        <translation>Copy of letter %1 sent to %2.</translation>
    </message>
    <message>
        <source>Surat %1 dikirim ke %2.</source>
        <translation>Letter %1 sent to %2.</translation>
    </message>
    <message>
        <source>Surat %1 diterbitkan dan ditandatangani.</source>
        <translation>Letter %1 issued and signed.</translation>
    </message>
    <message>
        <source>Konsep surat %1 disimpan.</source>
        <translation>Letter draft %1 saved.</translation>
    </message>
    <message>
        <source>Lihat konsep surat</source>
        <translation>View letter draft</translation>
    </message>
</context>
<context>
    <name>loket::ui::RequirementChecklist</name>
    <message>
        <source>Pilih layanan dulu; persyaratannya tampil di sini.</source>
        <translation>Choose a service first; its requirements appear here.</translation>
    </message>
    <message>
        <source>%1 (wajib)</source>
        <translation>%1 (mandatory)</translation>
    </message>
    <message>
        <source>%1 (bila ada)</source>
        <translation>%1 (if any)</translation>
    </message>
    <message>
        <source>Layanan ini tidak meminta berkas.</source>
        <translation>This service requires no documents.</translation>
    </message>
</context>
<context>
    <name>loket::ui::RequirementsPanel</name>
    <message>
        <source>Persyaratan dan dokumen</source>
        <translation>Requirements and documents</translation>
    </message>
    <message>
        <source>Persyaratan / dokumen</source>
        <translation>Requirement / document</translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Berkas ditambahkan oleh petugas loket atau verifikator.</source>
        <translation>Papers are added by the counter officer or the verifier.</translation>
    </message>
    <message>
        <source>%1 (tidak wajib)</source>
        <translation>%1 (optional)</translation>
    </message>
    <message>
        <source>(tanpa nama berkas)</source>
        <translation>(no file name)</translation>
    </message>
    <message>
        <source>daring</source>
        <translation>online</translation>
    </message>
    <message>
        <source>pindaian</source>
        <translation>scan</translation>
    </message>
    <message>
        <source>berkas</source>
        <translation>file</translation>
    </message>
    <message numerus="yes">
        <source>%n halaman · %1</source>
        <translation>
            <numerusform>%n page · %1</numerusform>
            <numerusform>%n pages · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Lihat dokumen</source>
        <translation>View document</translation>
    </message>
    <message>
        <source>Buka %1 di penampil dokumen</source>
        <translation>Open %1 in the document viewer</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Berkas terlampir</source>
        <translation>Papers attached</translation>
    </message>
    <message>
        <source>Belum ada</source>
        <translation>Not received</translation>
    </message>
    <message>
        <source>Pindai / tambah berkas…</source>
        <translation>Scan / add documents…</translation>
    </message>
    <message>
        <source>Pindai atau tambahkan berkas untuk &quot;%1&quot;</source>
        <translation>Scan or add papers for &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>loket::ui::ResidentForm</name>
    <message>
        <source>kode wilayah %1 (tidak dikenal)</source>
        <translation>area code %1 (unknown)</translation>
    </message>
    <message>
        <source>16 angka; spasi dan titik boleh</source>
        <translation>16 digits; spaces and dots allowed</translation>
    </message>
    <message>
        <source>16 angka</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <source>persis seperti di KTP/KK</source>
        <translation>exactly as on the KTP/KK</translation>
    </message>
    <message>
        <source>HH-BB-TTTT</source>
        <translation>DD-MM-YYYY</translation>
    </message>
    <message>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>jalan, nomor rumah atau dusun</source>
        <translation>street, house number or dusun (hamlet)</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>— pilih kelurahan —</source>
        <translation>— choose kelurahan —</translation>
    </message>
    <message>
        <source>misalnya 0812 3456 7890</source>
        <translation>e.g. 0812 3456 7890</translation>
    </message>
    <message>
        <source>&amp;NIK *</source>
        <translation>&amp;NIK *</translation>
    </message>
    <message>
        <source>No. KK</source>
        <translation>No. KK</translation>
    </message>
    <message>
        <source>Nama lengkap *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <source>Tempat lahir *</source>
        <translation>Place of birth *</translation>
    </message>
    <message>
        <source>Tanggal lahir *</source>
        <translation>Date of birth *</translation>
    </message>
    <message>
        <source>Jenis kelamin *</source>
        <translation>Sex *</translation>
    </message>
    <message>
        <source>Agama</source>
        <translation>Religion</translation>
    </message>
    <message>
        <source>Status perkawinan</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>/</source>
        <translation>/</translation>
    </message>
    <message>
        <source>RT / RW</source>
        <translation>RT / RW</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>* wajib diisi</source>
        <translation>* required</translation>
    </message>
    <message>
        <source>NIK sah: %1, lahir %2, terdaftar pertama di %3.</source>
        <translation>Valid NIK: %1, born %2, first registered in %3.</translation>
    </message>
    <message>
        <source>perempuan</source>
        <translation>female</translation>
    </message>
    <message>
        <source>laki-laki</source>
        <translation>male</translation>
    </message>
    <message>
        <source>NIK belum terdaftar: isi data penduduk baru. Jenis kelamin dan tanggal lahir sudah diisi dari NIK.</source>
        <translation>NIK not registered yet: enter the new resident&apos;s details. Sex and date of birth have been filled in from the NIK.</translation>
    </message>
    <message>
        <source>Penduduk terdaftar: %1. Data diisi dari basis data dan boleh diperbarui.</source>
        <translation>Registered resident: %1. The details were filled in from the database and may be updated.</translation>
    </message>
    <message>
        <source>NIK penduduk yang sudah terdaftar tidak diubah di sini.</source>
        <translation>The NIK of a registered resident is not changed here.</translation>
    </message>
    <message>
        <source>Tanggal lahir &quot;%1&quot; tidak dapat dibaca: tulis HH-BB-TTTT, misalnya 15-05-1990.</source>
        <translation>Date of birth &quot;%1&quot; cannot be read: write DD-MM-YYYY, e.g. 15-05-1990.</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
</context>
<context>
    <name>loket::ui::ResidentSearch</name>
    <message>
        <source>&amp;Cari nama penduduk:</source>
        <translation>&amp;Find resident by name:</translation>
    </message>
    <message>
        <source>ketik sebagian nama atau NIK; ↑/↓ lalu Enter untuk memilih</source>
        <translation>type part of a name or NIK; ↑/↓ then Enter to choose</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>Tidak ada penduduk yang cocok dengan &quot;%1&quot;.</source>
        <translation>No resident matches &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 hasil pertama; ketik lebih banyak untuk mempersempit.</source>
        <translation>First %1 results; type more to narrow the search.</translation>
    </message>
    <message numerus="yes">
        <source>%n penduduk ditemukan.</source>
        <translation>
            <numerusform>%n resident found.</numerusform>
            <numerusform>%n residents found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::ResidentsPage</name>
    <message>
        <source>Penduduk</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Penduduk &amp;baru</source>
        <translation>Ne&amp;w resident</translation>
    </message>
    <message>
        <source>&amp;Simpan data penduduk (Enter)</source>
        <translation>&amp;Save resident (Enter)</translation>
    </message>
    <message>
        <source>Penduduk baru terdaftar: %1.</source>
        <translation>New resident registered: %1.</translation>
    </message>
    <message>
        <source>Data penduduk disimpan: %1.</source>
        <translation>Resident details saved: %1.</translation>
    </message>
    <message>
        <source>Perhatian: %1</source>
        <translation>Attention: %1</translation>
    </message>
</context>
<context>
    <name>loket::ui::RetentionSettingsWidget</name>
    <message>
        <source>Pindaian KTP, KK dan berkas warga adalah data pribadi (UU 27/2022). Tentukan berapa lama dokumen disimpan; dokumen yang lebih tua dapat dihapus oleh administrator.</source>
        <translation>Scans of KTPs, KKs and residents&apos; papers are personal data (UU 27/2022 on personal data protection). Set how long documents are kept; older documents can be deleted by an administrator.</translation>
    </message>
    <message>
        <source> hari</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Tanpa batas</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>0: dokumen disimpan sampai dihapus sendiri</source>
        <translation>0: documents are kept until deleted manually</translation>
    </message>
    <message>
        <source>&amp;Masa simpan dokumen:</source>
        <translation>Document &amp;retention period:</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Hapus dokumen kedaluwarsa…</source>
        <translation>&amp;Delete expired documents…</translation>
    </message>
    <message>
        <source>Hanya administrator yang dapat mengubah masa simpan dan menghapus dokumen.</source>
        <translation>Only an administrator can change the retention period and delete documents.</translation>
    </message>
    <message>
        <source>Dokumen disimpan tanpa batas waktu.</source>
        <translation>Documents are kept indefinitely.</translation>
    </message>
    <message numerus="yes">
        <source>Masa simpan dokumen: %Ln hari.</source>
        <translation>
            <numerusform>Document retention period: %Ln day.</numerusform>
            <numerusform>Document retention period: %Ln days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hapus dokumen kedaluwarsa</source>
        <translation>Delete expired documents</translation>
    </message>
    <message numerus="yes">
        <source>Semua dokumen warga yang dilampirkan lebih dari %Ln hari yang lalu akan dihapus. Penghapusan dicatat dan tidak dapat dibatalkan. Lanjutkan?</source>
        <translation>
            <numerusform>All residents&apos; documents attached more than %Ln day ago will be deleted. The deletion is logged and cannot be undone. Continue?</numerusform>
            <numerusform>All residents&apos; documents attached more than %Ln days ago will be deleted. The deletion is logged and cannot be undone. Continue?</numerusform>
        </translation>
    </message>
    <message>
        <source>Masa simpan belum diatur.</source>
        <translation>No retention period has been set.</translation>
    </message>
    <message>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Simpan masa simpan yang baru dulu, lalu hapus.</source>
        <translation>Save the new retention period first, then delete.</translation>
    </message>
    <message>
        <source>Masa simpan dokumen belum diatur: tidak ada yang dihapus.</source>
        <translation>No document retention period set: nothing was deleted.</translation>
    </message>
    <message>
        <source>Tidak ada dokumen yang melewati masa simpan.</source>
        <translation>No documents are past the retention period.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln dokumen dihapus; %1 dibebaskan.</source>
        <translation>
            <numerusform>%Ln document deleted; %1 freed.</numerusform>
            <numerusform>%Ln documents deleted; %1 freed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::ScanDialog</name>
    <message>
        <source>Pindai dokumen: %1</source>
        <translation>Scan document: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · permohonan %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · request %2</translation>
    </message>
    <message>
        <source>Pemindai</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>&amp;Perangkat:</source>
        <translation>&amp;Device:</translation>
    </message>
    <message>
        <source>Pindai &amp;ulang halaman ini</source>
        <translation>Resca&amp;n this page</translation>
    </message>
    <message>
        <source>Baca &amp;NIK</source>
        <translation>Read NI&amp;K</translation>
    </message>
    <message>
        <source>Membaca NIK dari halaman terpilih (KTP) sebagai usulan</source>
        <translation>Reads the NIK from the selected page (KTP) as a suggestion</translation>
    </message>
    <message>
        <source>&amp;Pakai</source>
        <translation>&amp;Use</translation>
    </message>
    <message>
        <source>Abai&amp;kan</source>
        <translation>&amp;Ignore</translation>
    </message>
    <message>
        <source>Batalkan PDF</source>
        <translation>Discard PDF</translation>
    </message>
    <message>
        <source>&amp;Lampirkan</source>
        <translation>&amp;Attach</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Tambah berkas</source>
        <translation>Add files</translation>
    </message>
    <message>
        <source>Dokumen (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;Semua berkas (*)</source>
        <translation>Documents (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>NIK %1 dipakai.</source>
        <translation>NIK %1 used.</translation>
    </message>
    <message>
        <source>&amp;Cari ulang</source>
        <translation>Searc&amp;h again</translation>
    </message>
    <message>
        <source>Cari lagi pemindai yang tersambung</source>
        <translation>Search again for connected scanners</translation>
    </message>
    <message>
        <source>P&amp;indai</source>
        <translation>&amp;Scan</translation>
    </message>
    <message>
        <source>&amp;Hentikan</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Hentikan pemindaian yang sedang berjalan</source>
        <translation>Stop the scan in progress</translation>
    </message>
    <message>
        <source>&amp;Tambah berkas…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <source>JPEG, PNG, TIFF atau PDF dari flashdisk atau ponsel</source>
        <translation>JPEG, PNG, TIFF or PDF from a USB flash drive or phone</translation>
    </message>
    <message>
        <source>Mencari pemindai…</source>
        <translation>Searching for scanners…</translation>
    </message>
    <message>
        <source>%1 (tidak terdeteksi)</source>
        <translation>%1 (not detected)</translation>
    </message>
    <message>
        <source>Tidak ada pemindai yang ditemukan. Periksa kabel dan daya, lalu klik «Cari ulang».</source>
        <translation>No scanner found. Check the cable and power, then click «Search again».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pemindai ditemukan.</source>
        <translation>
            <numerusform>%Ln scanner found.</numerusform>
            <numerusform>%Ln scanners found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pilih halaman yang akan dipindai ulang.</source>
        <translation>Select the page to rescan.</translation>
    </message>
    <message>
        <source>Sebuah PDF menunggu dilampirkan apa adanya: lampirkan atau batalkan PDF itu dulu.</source>
        <translation>A PDF is waiting to be attached as it is: attach or discard that PDF first.</translation>
    </message>
    <message>
        <source>Pilih pemindai dulu.</source>
        <translation>Select a scanner first.</translation>
    </message>
    <message>
        <source>Menyiapkan pemindai…</source>
        <translation>Preparing the scanner…</translation>
    </message>
    <message>
        <source>Menghentikan pemindaian…</source>
        <translation>Stopping the scan…</translation>
    </message>
    <message>
        <source>Memindai halaman %1…</source>
        <translation>Scanning page %1…</translation>
    </message>
    <message>
        <source>Memindai halaman %1… %2%</source>
        <translation>Scanning page %1… %2%</translation>
    </message>
    <message>
        <source>Halaman %1 terbaca.</source>
        <translation>Page %1 scanned.</translation>
    </message>
    <message>
        <source>Pemindaian dihentikan.</source>
        <translation>Scan stopped.</translation>
    </message>
    <message numerus="yes">
        <source>Pemindaian dihentikan. %Ln halaman yang sudah terbaca tetap ada; hapus bila tidak perlu.</source>
        <translation>
            <numerusform>Scan stopped. The %Ln page already scanned is kept; delete it if it is not needed.</numerusform>
            <numerusform>Scan stopped. The %Ln pages already scanned are kept; delete them if they are not needed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pemindaian dihentikan. Tidak ada halaman yang ditambahkan.</source>
        <translation>Scan stopped. No pages were added.</translation>
    </message>
    <message>
        <source>Pemindai tidak mengirim halaman. Periksa kertas, lalu pindai lagi.</source>
        <translation>The scanner sent no pages. Check the paper, then scan again.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln halaman terbaca.</source>
        <translation>
            <numerusform>%Ln page scanned.</numerusform>
            <numerusform>%Ln pages scanned.</numerusform>
        </translation>
    </message>
    <message>
        <source>Memeriksa berkas…</source>
        <translation>Checking files…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sebuah PDF disimpan sebagai dokumen tersendiri: tambahkan satu per satu.</source>
        <translation>A PDF is stored as a separate document: add PDFs one at a time.</translation>
    </message>
    <message>
        <source>Sebuah PDF disimpan apa adanya sebagai dokumen tersendiri: lampirkan atau hapus dulu halaman yang ada.</source>
        <translation>A PDF is stored as it is, as a separate document: attach or delete the pages already here first.</translation>
    </message>
    <message numerus="yes">
        <source>PDF %1 (%Ln halaman) akan dilampirkan apa adanya.</source>
        <translation>
            <numerusform>PDF %1 (%Ln page) will be attached as it is.</numerusform>
            <numerusform>PDF %1 (%Ln pages) will be attached as it is.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pilih halaman KTP yang akan dibaca.</source>
        <translation>Select the KTP page to read.</translation>
    </message>
    <message>
        <source>Membaca NIK…</source>
        <translation>Reading the NIK…</translation>
    </message>
    <message>
        <source>NIK tidak dapat dibaca: %1</source>
        <translation>The NIK could not be read: %1</translation>
    </message>
    <message>
        <source>NIK tidak terbaca pada halaman ini. Ketik NIK dari KTP.</source>
        <translation>No NIK could be read on this page. Type the NIK from the KTP.</translation>
    </message>
    <message>
        <source>NIK terbaca: %1 (keyakinan %2%). Cocokkan dengan KTP sebelum dipakai.</source>
        <translation>NIK read: %1 (confidence %2%). Compare it with the KTP before using it.</translation>
    </message>
    <message>
        <source>Belum ada halaman: pindai atau tambahkan berkas dulu.</source>
        <translation>No pages yet: scan or add files first.</translation>
    </message>
    <message>
        <source>Halaman masih diproses. Tunggu sebentar, lalu lampirkan.</source>
        <translation>Pages are still being processed. Wait a moment, then attach.</translation>
    </message>
    <message>
        <source>%1 dan %2 berkas lain</source>
        <translation>%1 and %2 more</translation>
    </message>
    <message>
        <source>Mencari…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Kemampuan pemindai tidak terbaca: %1</source>
        <translation>The scanner&apos;s capabilities could not be read: %1</translation>
    </message>
</context>
<context>
    <name>loket::ui::ScanRunner</name>
    <message>
        <source>id</source>
        <comment>the code of the language of this translation</comment>
        <translation>en</translation>
    </message>
    <message>
        <source>program pemindai %1 tidak dapat dijalankan (%2)</source>
        <translation>the scanner program %1 could not be started (%2)</translation>
    </message>
    <message>
        <source>program pemindai berhenti tiba-tiba</source>
        <translation>the scanner program stopped unexpectedly</translation>
    </message>
    <message>
        <source>program pemindai berhenti (kode %1)</source>
        <translation>the scanner program stopped (code %1)</translation>
    </message>
    <message>
        <source>jawaban program pemindai tidak terbaca</source>
        <translation>the scanner program&apos;s answer could not be read</translation>
    </message>
    <message>
        <source>Pemindai tidak dapat dicari: %1.</source>
        <translation>Scanners could not be searched for: %1.</translation>
    </message>
    <message>
        <source>program pemindai dimulai ulang</source>
        <translation>the scanner program was restarted</translation>
    </message>
    <message>
        <source>Pemindaian terhenti: %1. Coba pindai lagi.</source>
        <translation>The scan stopped: %1. Try scanning again.</translation>
    </message>
    <message>
        <source>program pemindai %1 tidak cocok dengan aplikasi ini (versi %2, bukan %3)</source>
        <translation>the scanner program %1 does not match this application (version %2, not %3)</translation>
    </message>
    <message numerus="yes">
        <source>pencarian tidak selesai dalam %n detik</source>
        <translation>
            <numerusform>the search did not finish within %n second</numerusform>
            <numerusform>the search did not finish within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Halaman %1 rusak dalam perjalanan dari program pemindai. Pindai ulang.</source>
        <translation>Page %1 was damaged on its way from the scanner program. Scan again.</translation>
    </message>
</context>
<context>
    <name>loket::ui::ScanSettingsForm</name>
    <message>
        <source>P&amp;reset:</source>
        <translation>Pr&amp;eset:</translation>
    </message>
    <message>
        <source>&amp;Sumber:</source>
        <translation>S&amp;ource:</translation>
    </message>
    <message>
        <source>&amp;Warna:</source>
        <translation>Color &amp;mode:</translation>
    </message>
    <message>
        <source>Re&amp;solusi:</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <source>&amp;Ukuran kertas:</source>
        <translation>&amp;Paper size:</translation>
    </message>
    <message>
        <source>Tidak tersedia: pemindai ini tidak mempunyai pengumpan dokumen (ADF).</source>
        <translation>Not available: this scanner has no document feeder (ADF).</translation>
    </message>
    <message>
        <source>berwarna</source>
        <translation>colour</translation>
    </message>
    <message>
        <source>hitam-putih</source>
        <translation>black and white</translation>
    </message>
    <message>
        <source>abu-abu</source>
        <translation>grey</translation>
    </message>
    <message>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <source>ukuran kartu</source>
        <translation>card size</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>dari pengumpan dokumen (ADF), karena pemindai ini tidak mempunyai kaca pemindai</source>
        <translation>from the document feeder (ADF), because this scanner has no flatbed glass</translation>
    </message>
    <message>
        <source>%1, karena pemindai ini tidak dapat memindai %2</source>
        <translation>%1, because this scanner cannot scan in %2</translation>
    </message>
    <message>
        <source>%1 dpi, karena pemindai ini tidak menawarkan %2 dpi</source>
        <translation>%1 dpi, because this scanner does not offer %2 dpi</translation>
    </message>
    <message>
        <source>%1, karena %2 tidak muat di bidang pindai (maks. %3 × %4 mm)</source>
        <translation>%1, because %2 does not fit the scan area (max. %3 × %4 mm)</translation>
    </message>
    <message>
        <source>Disesuaikan dengan pemindai ini: %1.</source>
        <translation>Adjusted to this scanner: %1.</translation>
    </message>
    <message>
        <source>Kaca pemindai (flatbed)</source>
        <translation>Flatbed</translation>
    </message>
    <message>
        <source>Pengumpan dokumen (ADF)</source>
        <translation>Document feeder (ADF)</translation>
    </message>
    <message>
        <source>Berwarna</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Abu-abu</source>
        <translation>Grayscale</translation>
    </message>
    <message>
        <source>Hitam-putih</source>
        <translation>Black and white</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>F4/Folio (215 × 330 mm)</source>
        <translation>F4/Folio (215 × 330 mm)</translation>
    </message>
    <message>
        <source>Kartu/KTP (85,6 × 54 mm)</source>
        <translation>Card/KTP (85.6 × 54 mm)</translation>
    </message>
</context>
<context>
    <name>loket::ui::ServiceCatalogueWidget</name>
    <message>
        <source>Cari kode atau nama layanan…</source>
        <translation>Search by service code or name…</translation>
    </message>
    <message>
        <source>Layanan baru</source>
        <translation>New service</translation>
    </message>
    <message>
        <source>Batalkan perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Simpan layanan</source>
        <translation>Save service</translation>
    </message>
    <message>
        <source>Layanan %1 disimpan.</source>
        <translation>Service %1 saved.</translation>
    </message>
</context>
<context>
    <name>loket::ui::ServiceForm</name>
    <message>
        <source>huruf besar, misalnya SKTM</source>
        <translation>capital letters, e.g. SKTM</translation>
    </message>
    <message>
        <source>Kode layanan</source>
        <translation>Service code</translation>
    </message>
    <message>
        <source>Nama layanan</source>
        <translation>Service name</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Kunci</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Wajib</source>
        <translation>Mandatory</translation>
    </message>
    <message>
        <source>Tambah persyaratan</source>
        <translation>Add requirement</translation>
    </message>
    <message>
        <source>Hapus persyaratan terpilih</source>
        <translation>Remove selected requirement</translation>
    </message>
    <message>
        <source>Persyaratan</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>Prosedur</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source> hari kerja</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>Hari yang sama</source>
        <translation>Same day</translation>
    </message>
    <message>
        <source>0 = selesai pada hari yang sama</source>
        <translation>0 = completed on the same day</translation>
    </message>
    <message>
        <source>Jangka waktu</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>misalnya Gratis</source>
        <translation>e.g. Free of charge</translation>
    </message>
    <message>
        <source>misalnya 400.12.2.2</source>
        <translation>e.g. 400.12.2.2</translation>
    </message>
    <message>
        <source>Layanan aktif (dapat dipilih di loket)</source>
        <translation>Service active (can be selected at the counter)</translation>
    </message>
    <message>
        <source>Biaya/tarif</source>
        <translation>Fees/charges</translation>
    </message>
    <message>
        <source>Produk layanan</source>
        <translation>Service product</translation>
    </message>
    <message>
        <source>Penanganan pengaduan</source>
        <translation>Complaint handling</translation>
    </message>
    <message>
        <source>Dasar hukum</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Kode klasifikasi arsip</source>
        <translation>Archive classification code</translation>
    </message>
</context>
<context>
    <name>loket::ui::ServicePicker</name>
    <message>
        <source>La&amp;yanan:</source>
        <translation>S&amp;ervice:</translation>
    </message>
    <message>
        <source>ketik sebagian nama atau kode layanan; ↑/↓ lalu Enter</source>
        <translation>type part of a service name or code; ↑/↓ then Enter</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Hari itu juga</source>
        <translation>Same day</translation>
    </message>
    <message numerus="yes">
        <source>%n hari kerja</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source> &lt;b&gt;(wajib)&lt;/b&gt;</source>
        <translation> &lt;b&gt;(mandatory)&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (bila ada)</source>
        <translation> (if any)</translation>
    </message>
    <message>
        <source>Jangka waktu</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>Biaya</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Gratis</source>
        <translation>Free of charge</translation>
    </message>
    <message>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Persyaratan:</source>
        <translation>Requirements:</translation>
    </message>
    <message>
        <source>Prosedur:</source>
        <translation>Procedure:</translation>
    </message>
</context>
<context>
    <name>loket::ui::ServiceTableModel</name>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nama layanan</source>
        <translation>Service name</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Jangka waktu</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Perizinan</source>
        <translation>Licensing</translation>
    </message>
    <message>
        <source>Non-perizinan</source>
        <translation>Non-licensing</translation>
    </message>
    <message>
        <source>Hari yang sama</source>
        <translation>Same day</translation>
    </message>
    <message numerus="yes">
        <source>%n hari kerja</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::SettingsPage</name>
    <message>
        <source>Tampilan/Bahasa</source>
        <translation>Display/Language</translation>
    </message>
    <message>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Counters</translation>
    </message>
    <message>
        <source>Penandatangan</source>
        <translation>Signers</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Hari libur</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>Masa simpan berkas</source>
        <translation>Document retention</translation>
    </message>
    <message>
        <source>Cadangan</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Surat</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
</context>
<context>
    <name>loket::ui::SignersWidget</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Delegasi</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>dengan gelar, misalnya Agus Setiawan, S.STP., M.Si.</source>
        <translation>with academic titles, e.g. Agus Setiawan, S.STP., M.Si.</translation>
    </message>
    <message>
        <source>18 angka</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <source>misalnya Pembina Tk. I (IV/b)</source>
        <translation>e.g. Pembina Tk. I (IV/b)</translation>
    </message>
    <message>
        <source>misalnya Sekretaris Camat</source>
        <translation>e.g. Sekretaris Camat</translation>
    </message>
    <message>
        <source>(tanpa delegasi)</source>
        <translation>(no delegation)</translation>
    </message>
    <message>
        <source>a.n. (atas nama)</source>
        <translation>a.n. (on behalf of)</translation>
    </message>
    <message>
        <source>u.b. (untuk beliau)</source>
        <translation>u.b. (by authority of)</translation>
    </message>
    <message>
        <source>Plt. (pelaksana tugas)</source>
        <translation>Plt. (acting official)</translation>
    </message>
    <message>
        <source>Plh. (pelaksana harian)</source>
        <translation>Plh. (temporary stand-in)</translation>
    </message>
    <message>
        <source>untuk a.n./u.b., misalnya CAMAT PURWOKERTO UTARA</source>
        <translation>for a.n./u.b., e.g. CAMAT PURWOKERTO UTARA</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Pangkat/golongan</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <source>Jabatan yang diwakili</source>
        <translation>Position represented</translation>
    </message>
    <message>
        <source>Akun pengguna</source>
        <translation>User account</translation>
    </message>
    <message>
        <source>Penandatangan baru</source>
        <translation>New signer</translation>
    </message>
    <message>
        <source>Simpan penandatangan</source>
        <translation>Save signer</translation>
    </message>
    <message>
        <source>(tidak terhubung)</source>
        <translation>(not linked)</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Penandatangan %1 disimpan.</source>
        <translation>Signer %1 saved.</translation>
    </message>
</context>
<context>
    <name>loket::ui::SyncRunner</name>
    <message>
        <source>Sinkronisasi gagal: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <source>Sinkronisasi selesai: %1 perubahan terkirim, %2 diterima, %3 berkas terkirim, %4 diterima.</source>
        <translation>Sync done: %1 changes sent, %2 received, %3 documents sent, %4 received.</translation>
    </message>
    <message numerus="yes">
        <source>%n konflik baru perlu diputuskan petugas.</source>
        <translation>
            <numerusform>%n new conflict for an officer to settle.</numerusform>
            <numerusform>%n new conflicts for an officer to settle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::UsersWidget</name>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>huruf kecil, misalnya rina.l</source>
        <translation>lowercase, e.g. rina.l</translation>
    </message>
    <message>
        <source>18 angka, boleh kosong</source>
        <translation>18 digits, optional</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Kata sandi diisi untuk pengguna baru atau untuk mengatur ulang kata sandi; sedikitnya 8 karakter.</source>
        <translation>Enter a password for a new user or to reset the password; at least 8 characters.</translation>
    </message>
    <message>
        <source>Pengguna baru</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Atur ulang kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Simpan pengguna</source>
        <translation>Save user</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Terkunci sampai %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Aktifkan</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>Pengguna %1 disimpan.</source>
        <translation>User %1 saved.</translation>
    </message>
    <message>
        <source>Kata sandi %1 diatur ulang.</source>
        <translation>Password for %1 reset.</translation>
    </message>
    <message>
        <source>Akun %1 diaktifkan.</source>
        <translation>Account %1 activated.</translation>
    </message>
    <message>
        <source>Akun %1 dinonaktifkan.</source>
        <translation>Account %1 deactivated.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Loket PATEN: aplikasi loket pelayanan kecamatan</source>
        <translation>Loket PATEN: service counter application for the kecamatan office</translation>
    </message>
    <message>
        <source>Folder profil (basis data, pengaturan, log).</source>
        <translation>Profile folder (database, settings, logs).</translation>
    </message>
    <message>
        <source>Berkas basis data SQLite.</source>
        <translation>SQLite database file.</translation>
    </message>
    <message>
        <source>Loket tidak dapat dibuka</source>
        <translation>Loket cannot start</translation>
    </message>
    <message>
        <source>Basis data %1 tidak dapat dibuka.

%2</source>
        <translation>Database %1 could not be opened.

%2</translation>
    </message>
</context>
</TS>

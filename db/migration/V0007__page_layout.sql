-- Pages imported from layout formats (ALTO, hOCR, PAGE, PDF) keep what plain text throws away: the original file,
-- each raw line's box and font size, and a page image. All of it is written once at import and never changed,
-- like the page's raw text: a trigger refuses updates and deletes even for the schema owner.

-- The file the page came from, byte for byte, with its checksum.
create table page_source (
    page_id    bigint primary key references page (id),
    format     text        not null check (format in ('ALTO', 'HOCR', 'PAGE', 'PDF')),
    file_name  text        not null,
    media_type text        not null,
    sha256     text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    bytes      bytea       not null,
    created_at timestamptz not null default now()
);

-- The page's coordinate space: boxes are in the source's own unit (pixel, mm10, inch1200, pt), so nothing is
-- lost to rounding, and an ALTO export can write them back in the same unit.
create table page_geometry (
    page_id    bigint primary key references page (id),
    unit       text             not null check (unit in ('pixel', 'mm10', 'inch1200', 'pt')),
    width      double precision not null check (width > 0),
    height     double precision not null check (height > 0)
);

-- One row per non-blank raw line that has a position. words: [[text, x, y, width, height], ...] in reading order.
create table page_line_box (
    page_id   bigint           not null references page (id),
    line      int              not null check (line > 0),
    x         double precision not null,
    y         double precision not null,
    width     double precision not null check (width >= 0),
    height    double precision not null check (height >= 0),
    font_size double precision check (font_size > 0),
    block_id  text,
    words     jsonb            not null default '[]'::jsonb,
    primary key (page_id, line)
);

-- The scan (or a rendering of the PDF page) shown beside the text.
create table page_image (
    page_id    bigint primary key references page (id),
    media_type text        not null check (media_type in ('image/jpeg', 'image/png')),
    width      int         not null check (width > 0),
    height     int         not null check (height > 0),
    sha256     text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    bytes      bytea       not null,
    origin     text        not null check (origin in ('UPLOADED', 'RENDERED')),
    created_at timestamptz not null default now()
);

create function refuse_layout_change() returns trigger language plpgsql as $$
begin
    raise exception 'page layout is immutable: % on % refused', tg_op, tg_table_name;
end $$;

create trigger page_source_immutable before update or delete on page_source
    for each row execute function refuse_layout_change();
create trigger page_geometry_immutable before update or delete on page_geometry
    for each row execute function refuse_layout_change();
create trigger page_line_box_immutable before update or delete on page_line_box
    for each row execute function refuse_layout_change();
create trigger page_image_immutable before update or delete on page_image
    for each row execute function refuse_layout_change();

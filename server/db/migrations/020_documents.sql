-- Ticket documents (field-kit contract §3): the file store keeps the bytes, documents describe them,
-- associations link them to tickets. Column names follow the real tables so answers carry the same keys.

-- Not tenant-scoped, like the real reference table: a reset (TRUNCATE tenants CASCADE) keeps it.
CREATE TABLE shared_document_types (
  type_id uuid PRIMARY KEY,
  type_name text NOT NULL UNIQUE,
  icon text,
  description text
);

-- The real server keeps the bytes with a storage provider; the sandbox keeps them here, so they survive a
-- restart of a persisted sandbox and vanish with a reset. Like the real one, a deleted document leaves its file.
CREATE TABLE external_files (
  tenant uuid NOT NULL REFERENCES tenants ON DELETE CASCADE,
  file_id uuid PRIMARY KEY,
  file_name text NOT NULL,
  original_name text NOT NULL,
  mime_type text NOT NULL,
  file_size bigint NOT NULL,
  storage_path text NOT NULL,
  uploaded_by_id uuid NOT NULL REFERENCES users,
  content bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE documents (
  tenant uuid NOT NULL REFERENCES tenants ON DELETE CASCADE,
  document_id uuid PRIMARY KEY,
  document_name text NOT NULL,
  type_id uuid,
  shared_type_id uuid REFERENCES shared_document_types,
  user_id uuid REFERENCES users,
  created_by uuid REFERENCES users,
  edited_by uuid REFERENCES users,
  order_number integer NOT NULL DEFAULT 0,
  entered_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  file_id uuid REFERENCES external_files,
  storage_path text,
  mime_type text,
  file_size bigint,
  folder_path text,
  is_client_visible boolean NOT NULL DEFAULT false,
  thumbnail_file_id uuid,
  preview_file_id uuid,
  preview_generated_at timestamptz,
  source_template_id uuid,
  source_template_version integer,
  rendered_locale text
);

CREATE TABLE document_associations (
  tenant uuid NOT NULL REFERENCES tenants ON DELETE CASCADE,
  association_id uuid PRIMARY KEY,
  document_id uuid NOT NULL REFERENCES documents ON DELETE CASCADE,
  entity_id uuid NOT NULL,
  entity_type text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX document_associations_entity_idx ON document_associations (entity_id, entity_type);

-- The shared types of server/migrations/20241119165120_add_shared_document_types_data.cjs, with ids derived
-- from the type name so every sandbox has the same ones.
INSERT INTO shared_document_types (type_id, type_name, icon, description)
SELECT md5('shared-document-type:' || type_name)::uuid, type_name, icon, description
FROM (VALUES
  ('image/jpeg', '📸', 'JPEG Image'),
  ('image/png', '🖼️', 'PNG Image'),
  ('image/gif', '🎭', 'GIF Image'),
  ('image/svg+xml', '🎨', 'SVG Image'),
  ('image/webp', '📸', 'WebP Image'),
  ('application/pdf', '📄', 'PDF Document'),
  ('application/msword', '📝', 'Word Document'),
  ('application/vnd.openxmlformats-officedocument.wordprocessingml.document', '📝', 'Word Document (DOCX)'),
  ('application/vnd.ms-excel', '📊', 'Excel Spreadsheet'),
  ('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', '📊', 'Excel Spreadsheet (XLSX)'),
  ('application/vnd.ms-powerpoint', '📽️', 'PowerPoint Presentation'),
  ('application/vnd.openxmlformats-officedocument.presentationml.presentation', '📽️', 'PowerPoint Presentation (PPTX)'),
  ('text/plain', '📝', 'Plain Text'),
  ('text/html', '🌐', 'HTML Document'),
  ('text/css', '🎨', 'CSS Stylesheet'),
  ('text/javascript', '⚙️', 'JavaScript File'),
  ('text/markdown', '📑', 'Markdown Document'),
  ('application/zip', '📦', 'ZIP Archive'),
  ('application/x-rar-compressed', '📦', 'RAR Archive'),
  ('application/x-7z-compressed', '📦', '7-Zip Archive'),
  ('application/x-tar', '📦', 'TAR Archive'),
  ('application/gzip', '📦', 'GZIP Archive'),
  ('audio/mpeg', '🎵', 'MP3 Audio'),
  ('audio/wav', '🎵', 'WAV Audio'),
  ('audio/ogg', '🎵', 'OGG Audio'),
  ('video/mp4', '🎥', 'MP4 Video'),
  ('video/webm', '🎥', 'WebM Video'),
  ('video/ogg', '🎥', 'OGG Video'),
  ('application/json', '📊', 'JSON Data'),
  ('application/xml', '📊', 'XML Data'),
  ('text/csv', '📊', 'CSV Data'),
  ('application/octet-stream', '❓', 'Unknown Type')
) AS types (type_name, icon, description);

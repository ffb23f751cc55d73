-- Search ignores case and accents: an HR officer types "gerard" for Gérard, "lefevre" for Lefèvre.
-- unaccent() is only STABLE; this wrapper names its dictionary, which makes it safe to index.
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE FUNCTION search_text(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN lower(public.unaccent('public.unaccent'::regdictionary, value));

// The built-in documentation prompts, as a prompt file (what `osmosis prompts eject` writes).
// The system prompt is the fixed part: it names only project-wide variables, so it is the same
// byte for byte on every call and vendors' prompt caches can reuse it. Everything about the node
// goes in the user message. Written for token economy: every line is paid for on every call.

export const BUILTIN_PROMPTS = `# osmosis documentation prompts (version 1). Templates use Liquid: {{ variable }}, {% if %}, {% for %}.
# \`osmosis prompts show <model>\` lists the variables each job may use.
version: 1
jobs:
  model:
    system: |
      You write the missing descriptions of a dbt project's schema YAML.
      - From the SQL, names, types and upstream descriptions given, say what the data means and how it is derived; do not just restate a name.
      - Model: 1-2 sentences: what a row is, what it is for. Column: one sentence, under 25 words.
      - Plain text: no Markdown, Jinja or quotes. A column passed through keeps its upstream description.
      - If a column's meaning cannot be told from what is given, use null. Never guess.
      {%- if style_guide != "" %}

      The project's style guide:
      {{ style_guide }}
      {%- endif %}
    user: |
      {{ model.resource_type }} {{ model.name }} ({{ model.path }}
      {%- if model.materialization != "" %}, {{ model.materialization }}{% endif %}
      {%- if model.tags.size > 0 %}, tags: {{ model.tags | join: ", " }}{% endif %})
      {%- if model.description != "" %}
      Description: {{ model.description }}
      {%- endif %}
      {%- if examples.size > 0 %}

      Descriptions this team wrote nearby:
      {%- for e in examples %}
      {{ e.subject }}: {{ e.description }}
      {%- endfor %}
      {%- endif %}

      Columns (* = to write):
      {%- for c in columns %}
      {{ c.name }}{% if c.data_type != "" %} {{ c.data_type }}{% endif %}{% if c.missing %} *{% elsif c.description != "" %}: {{ c.description }}{% endif %}
      {%- endfor %}
      {%- if columns_omitted > 0 %}
      (and {{ columns_omitted }} more documented columns)
      {%- endif %}
      {%- if upstream.size > 0 %}

      Upstream columns they read:
      {%- for u in upstream %}
      {{ u.column }} {% if u.direct %}=
      {%- else %}uses{% endif %} {{ u.source }}: {{ u.description }}
      {%- endfor %}
      {%- endif %}
      {%- if sql != "" %}

      SQL ({{ sql_dialect }}):
      {{ sql }}
      {%- if sql_note != "" %}
      ({{ sql_note }})
      {%- endif %}
      {%- endif %}

      {% if ask.parts > 1 %}Part {{ ask.part }} of {{ ask.parts }}: only the columns marked * here. {% endif %}{{ answer_format }}
  source:
    system: |
      You write the missing descriptions of a dbt project's schema YAML.
      - From the names, types and descriptions given, say what the data means; do not just restate a name.
      - Source table: 1-2 sentences: what a row is, where the data comes from. Column: one sentence, under 25 words.
      - Plain text: no Markdown, Jinja or quotes.
      - If a column's meaning cannot be told from what is given, use null. Never guess.
      {%- if style_guide != "" %}

      The project's style guide:
      {{ style_guide }}
      {%- endif %}
    user: |
      source table {{ source.source_name }}.{{ source.name }} ({{ source.path }}
      {%- if source.relation != "" %}, {{ source.relation }}{% endif %}
      {%- if source.tags.size > 0 %}, tags: {{ source.tags | join: ", " }}{% endif %})
      {%- if source.description != "" %}
      Description: {{ source.description }}
      {%- endif %}
      {%- if examples.size > 0 %}

      Descriptions this team wrote nearby:
      {%- for e in examples %}
      {{ e.subject }}: {{ e.description }}
      {%- endfor %}
      {%- endif %}

      Columns (* = to write):
      {%- for c in columns %}
      {{ c.name }}{% if c.data_type != "" %} {{ c.data_type }}{% endif %}{% if c.missing %} *{% elsif c.description != "" %}: {{ c.description }}{% endif %}
      {%- endfor %}
      {%- if columns_omitted > 0 %}
      (and {{ columns_omitted }} more documented columns)
      {%- endif %}

      {% if ask.parts > 1 %}Part {{ ask.part }} of {{ ask.parts }}: only the columns marked * here. {% endif %}{{ answer_format }}
`;

{{/* The chart's name, and the release's full name (at most 63 characters, as Kubernetes names are). */}}
{{- define "placement.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "placement.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "placement.selectorLabels" -}}
app.kubernetes.io/name: {{ include "placement.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "placement.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "placement.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/* The Secret the pods read: the operator's, or the chart's. */}}
{{- define "placement.secretName" -}}
{{- default (include "placement.fullname" .) .Values.existingSecret }}
{{- end }}

{{/* Whether callers authenticate with API keys (a clients.properties file) rather than JWTs. */}}
{{- define "placement.apiKeys" -}}
{{- if and (not .Values.jwt.issuerUri) (or .Values.apiClients .Values.existingSecret) }}true{{ end }}
{{- end }}

{{/* Stops the install, naming the value, when the chart cannot make a working service. */}}
{{- define "placement.validate" -}}
{{- if not .Values.database.url }}
{{- fail "database.url is required: the JDBC URL of the PostgreSQL that holds the decision log (README \"Deploying\")" }}
{{- end }}
{{- if and .Values.jwt.issuerUri .Values.apiClients }}
{{- fail "set either jwt.issuerUri or apiClients, not both: the service refuses to start with both" }}
{{- end }}
{{- if not (or .Values.jwt.issuerUri .Values.apiClients .Values.existingSecret) }}
{{- fail "callers need a credential: set apiClients, jwt.issuerUri, or existingSecret with clients.properties (README \"Security\")" }}
{{- end }}
{{- if and (not .Values.existingSecret) (not .Values.database.password) }}
{{- fail "database.password is required, or existingSecret naming a Secret with the key database-password" }}
{{- end }}
{{- end }}

{{/* clients.properties from apiClients (README "Security"). */}}
{{- define "placement.clientsProperties" -}}
{{- range $id, $client := .Values.apiClients }}
placement.security.clients.{{ $id }}.key-sha256={{ required (printf "apiClients.%s.keySha256 is required" $id) $client.keySha256 }}
placement.security.clients.{{ $id }}.roles={{ join "," $client.roles }}
placement.security.clients.{{ $id }}.authorities={{ join "," $client.authorities }}
{{- end }}
{{- end }}

# Build the static app with Node, serve it with nginx:
#   docker build -t alga-tickets .
#   docker run -e ALGA_URL=https://psa.example.com -p 8080:80 alga-tickets
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
# npm ci installs exactly the lock file and fails when it disagrees with package.json.
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM nginx:stable-alpine
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY deploy/security-headers.conf /etc/nginx/alga-security-headers.conf
# The official image runs /docker-entrypoint.d/*.sh before nginx starts.
COPY deploy/write-config.sh /docker-entrypoint.d/40-alga-config.sh
COPY --from=build /app/dist /usr/share/nginx/html

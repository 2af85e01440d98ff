# syntax=docker/dockerfile:1
# Build: docker build -t clubbot .
# Run:   docker run -e Telegram__Token=... -v clubbot-data:/app/data clubbot

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY nuget.config Directory.Build.props Directory.Packages.props ./
COPY Bot/Bot.csproj Bot/
RUN dotnet restore Bot/Bot.csproj
COPY Bot/ Bot/
RUN dotnet publish Bot/Bot.csproj -c Release -o /out --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# tzdata: the club's IANA time zone (Club:TimeZone) must resolve inside the container.
RUN apt-get update && apt-get install -y --no-install-recommends tzdata && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /out/ ./
COPY config/ ./config/
ENV Http__Urls=http://0.0.0.0:8080 \
    CLUBBOT_CONFIG_DIR=/app/config \
    DOTNET_gcServer=0
RUN mkdir -p /app/data && chown $APP_UID /app/data
VOLUME /app/data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s CMD ["dotnet", "Bot.dll", "--health-probe"]
USER $APP_UID
ENTRYPOINT ["dotnet", "Bot.dll"]

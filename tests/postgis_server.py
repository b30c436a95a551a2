"""A throwaway PostgreSQL + PostGIS cluster on a loopback port, for tests and benchmarks.

initdb refuses to run as root, so as root the cluster belongs to Debian's `postgres` user.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

DATABASE = "incidents"
CONNECTION_NAME = "incident-atlas-test"


def postgres_bin() -> Path:
    """The newest PostgreSQL whose PostGIS extension is installed."""
    for initdb in sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: -int(p.parts[-3])):
        if Path(f"/usr/share/postgresql/{initdb.parts[-3]}/extension/postgis.control").exists():
            return initdb.parent
    raise RuntimeError(
        "PostgreSQL with PostGIS is not installed: `make test` installs Debian's postgresql and postgresql-postgis"
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Cluster:
    directory: Path
    port: int
    user: str = "postgres"
    host: str = "127.0.0.1"
    database: str = DATABASE

    def dsn(self, database: str | None = None) -> dict:
        return {"host": self.host, "port": self.port, "user": self.user, "dbname": database or self.database}

    def uri(self) -> str:
        return f"host={self.host} port={self.port} dbname='{self.database}' user='{self.user}'"


def _as_owner(command: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


def start() -> Cluster:
    binaries = postgres_bin()
    directory = Path(tempfile.mkdtemp(prefix="incident-atlas-pg-"))
    if os.geteuid() == 0:
        shutil.chown(directory, "postgres", "postgres")
    data = directory / "data"
    subprocess.run(
        _as_owner(
            [
                str(binaries / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            ]
        ),
        check=True,
        capture_output=True,
    )
    port = free_port()
    options = f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={directory} -c fsync=off"
    subprocess.run(
        _as_owner(
            [str(binaries / "pg_ctl"), "-D", str(data), "-l", str(directory / "log"), "-o", options, "-w", "start"]
        ),
        check=True,
        capture_output=True,
    )
    cluster = Cluster(directory, port)
    try:
        _create_database(cluster)
    except BaseException:
        stop(cluster)  # a server that started is never left behind
        raise
    return cluster


def _create_database(cluster: Cluster) -> None:
    import psycopg2

    deadline = time.monotonic() + 30
    while True:
        try:
            admin = psycopg2.connect(**cluster.dsn("postgres"))
            break
        except psycopg2.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f"CREATE DATABASE {DATABASE}")
    admin.close()
    with psycopg2.connect(**cluster.dsn()) as connection, connection.cursor() as cursor:
        cursor.execute("CREATE EXTENSION postgis")


def stop(cluster: Cluster) -> None:
    binaries = postgres_bin()
    subprocess.run(
        _as_owner([str(binaries / "pg_ctl"), "-D", str(cluster.directory / "data"), "-m", "fast", "-w", "stop"]),
        check=False,
        capture_output=True,
    )
    shutil.rmtree(cluster.directory, ignore_errors=True)


def register_qgis_connection(cluster: Cluster, name: str = CONNECTION_NAME) -> str:
    """A saved QGIS PostgreSQL connection, as an analyst makes one in the Browser."""
    from qgis.core import QgsProviderRegistry

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    connection = metadata.createConnection(cluster.uri(), {"saveUsername": True, "savePassword": False})
    metadata.saveConnection(connection, name)
    return name

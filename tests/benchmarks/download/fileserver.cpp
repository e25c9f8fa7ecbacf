// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
//
// downloadbench-server: serves one file over plain HTTP/1.1 on 127.0.0.1 for downloadbench, in
// a process of its own so that it never shares the benchmark's event loop or CPU accounting.
// Each connection gets a thread and the body goes out with sendfile(2): the kernel copies from
// the page cache straight into the socket, so the server stays far from being the bottleneck
// (downloadbench prints the share of a core it used to show it).
//
//   downloadbench-server FILE
// prints "port N" on standard output once it listens, and exits when standard input closes.

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

namespace {

constexpr std::size_t MaxHeaderBytes = 16 * 1024;
constexpr std::size_t SendChunk = 8 * 1024 * 1024; // per sendfile() call
constexpr int Backlog = 16;

struct Served
{
    std::string path;
    off_t size = 0;
};

bool sendAll(int socket, const std::string &text)
{
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t count = ::send(socket, text.data() + done, text.size() - done, MSG_NOSIGNAL);
        if (count < 0 && errno == EINTR)
            continue;
        if (count <= 0)
            return false;
        done += std::size_t(count);
    }
    return true;
}

bool sendBody(int socket, const Served &served)
{
    const int file = ::open(served.path.c_str(), O_RDONLY | O_CLOEXEC);
    if (file < 0)
        return false;
    off_t offset = 0;
    bool ok = true;
    while (ok && offset < served.size) {
        const auto left = std::size_t(served.size - offset);
        const ssize_t count =
            ::sendfile(socket, file, &offset, left < SendChunk ? left : SendChunk);
        if (count < 0 && errno == EINTR)
            continue;
        ok = count > 0;
    }
    ::close(file);
    return ok;
}

// One request's head, up to the blank line; empty when the client went away. Bodies are never
// sent to this server, so anything after the head belongs to the next request and is kept.
std::string readHead(int socket, std::string &pending)
{
    char buffer[4096];
    for (;;) {
        const std::size_t end = pending.find("\r\n\r\n");
        if (end != std::string::npos) {
            std::string head = pending.substr(0, end);
            pending.erase(0, end + 4);
            return head;
        }
        if (pending.size() > MaxHeaderBytes)
            return {};
        const ssize_t count = ::recv(socket, buffer, sizeof buffer, 0);
        if (count < 0 && errno == EINTR)
            continue;
        if (count <= 0)
            return {};
        pending.append(buffer, std::size_t(count));
    }
}

void serve(int socket, Served served)
{
    std::string pending;
    for (;;) {
        const std::string head = readHead(socket, pending);
        if (head.empty())
            break;
        const bool get = head.compare(0, 4, "GET ") == 0;
        const bool close = head.find("Connection: close") != std::string::npos ||
                           head.find("connection: close") != std::string::npos;
        if (!get) {
            sendAll(socket, "HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n"
                            "Connection: close\r\n\r\n");
            break;
        }
        const std::string reply = "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                                  "Content-Length: " +
                                  std::to_string(served.size) + "\r\n" +
                                  (close ? "Connection: close\r\n" : "") + "\r\n";
        if (!sendAll(socket, reply) || !sendBody(socket, served) || close)
            break;
    }
    ::close(socket);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s FILE\n", argv[0]);
        return 2;
    }
    struct stat info = {};
    if (::stat(argv[1], &info) != 0 || !S_ISREG(info.st_mode)) {
        std::fprintf(stderr, "cannot serve %s: %s\n", argv[1], std::strerror(errno));
        return 1;
    }
    const Served served{argv[1], info.st_size};

    const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address = {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK); // never anything but this machine
    address.sin_port = 0;
    socklen_t length = sizeof address;
    if (listener < 0 || ::bind(listener, reinterpret_cast<sockaddr *>(&address), length) != 0 ||
        ::listen(listener, Backlog) != 0 ||
        ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        std::fprintf(stderr, "cannot listen on 127.0.0.1: %s\n", std::strerror(errno));
        return 1;
    }
    std::printf("port %d\n", int(ntohs(address.sin_port)));
    std::fflush(stdout);

    // The benchmark holds our standard input: when it ends, for whatever reason, so do we.
    std::thread([] {
        char byte;
        while (::read(STDIN_FILENO, &byte, 1) > 0) {
        }
        std::_Exit(0);
    }).detach();

    for (;;) {
        const int socket = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
        if (socket < 0) {
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            std::fprintf(stderr, "accept failed: %s\n", std::strerror(errno));
            return 1;
        }
        std::thread(serve, socket, served).detach();
    }
}

//! Who is at the other end of a loopback connection: on Linux, the owner of the peer's socket,
//! read from `/proc/net/tcp` and `/proc/net/tcp6` as identd does, so that `serve` can close
//! another user's connection before reading a byte of it. Elsewhere nothing tells, and every
//! peer is admitted (the server's own bounds still hold).

use std::fmt::Write as _;
use std::net::SocketAddr;

/// For each of `peers`, connected to our `local` address: whether its socket is this user's.
/// The table is read once, after every one of them was accepted, so each is in it (a peer that
/// is gone already is no one to serve). `None`: this system cannot say (not Linux, or no
/// /proc).
pub fn same_user(local: SocketAddr, peers: &[SocketAddr]) -> Option<Vec<bool>> {
    #[cfg(target_os = "linux")]
    {
        let table = match local {
            SocketAddr::V4(_) => "/proc/net/tcp",
            SocketAddr::V6(_) => "/proc/net/tcp6",
        };
        let text = std::fs::read_to_string(table).ok()?;
        let me = rustix::process::geteuid().as_raw();
        Some(
            peers
                .iter()
                .map(|peer| owner_in(&text, *peer, local) == Some(me))
                .collect(),
        )
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = (local, peers);
        None
    }
}

/// The uid of the socket whose local address is `peer` and remote address `local`, in the text
/// of a `/proc/net/tcp` table (address fields as the kernel prints them: each 32-bit word of
/// the address in host order, in hexadecimal, then the port).
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
fn owner_in(table: &str, peer: SocketAddr, local: SocketAddr) -> Option<u32> {
    let (peer, local) = (address(peer), address(local));
    table.lines().skip(1).find_map(|line| {
        let mut fields = line.split_whitespace();
        let ours = fields.nth(1)? == peer && fields.next()? == local;
        // After the addresses: st, tx_queue:rx_queue, tr:tm->when, retrnsmt, then the uid.
        ours.then(|| fields.nth(4)?.parse().ok()).flatten()
    })
}

/// `addr` as `/proc/net/tcp` prints it.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
fn address(addr: SocketAddr) -> String {
    let words: Vec<[u8; 4]> = match addr {
        SocketAddr::V4(v4) => vec![v4.ip().octets()],
        SocketAddr::V6(v6) => v6
            .ip()
            .octets()
            .chunks_exact(4)
            .map(|c| [c[0], c[1], c[2], c[3]])
            .collect(),
    };
    let mut text = String::new();
    for word in words {
        let _ = write!(text, "{:08X}", u32::from_ne_bytes(word));
    }
    let _ = write!(text, ":{:04X}", addr.port());
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_peers_line_gives_its_owner() {
        // Two sockets of one connection: the server's (127.0.0.1:8080 -> :40000, uid 0) and the
        // client's (:40000 -> 127.0.0.1:8080, uid 65534); and one to another server.
        let ip = u32::from_ne_bytes([127, 0, 0, 1]);
        let table = format!(
            "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n\
             \x20  0: {ip:08X}:1F90 {ip:08X}:9C40 01 00000000:00000000 00:00000000 00000000     0        0 1 1 0 20 4 30 10 -1\n\
             \x20  1: {ip:08X}:9C40 {ip:08X}:1F90 01 00000000:00000000 00:00000000 00000000 65534        0 2 1 0 20 4 30 10 -1\n\
             \x20  2: {ip:08X}:9C41 {ip:08X}:1F91 01 00000000:00000000 00:00000000 00000000  1000        0 3 1 0 20 4 30 10 -1\n"
        );
        let server: SocketAddr = "127.0.0.1:8080".parse().unwrap();
        let client: SocketAddr = "127.0.0.1:40000".parse().unwrap();
        assert_eq!(owner_in(&table, client, server), Some(65534));
        assert_eq!(owner_in(&table, server, client), Some(0));
        let gone: SocketAddr = "127.0.0.1:40001".parse().unwrap();
        assert_eq!(owner_in(&table, gone, server), None);
    }

    #[test]
    fn ipv6_words_are_in_host_order() {
        let addr: SocketAddr = "[::1]:443".parse().unwrap();
        let one = format!("{:08X}", u32::from_ne_bytes([0, 0, 0, 1]));
        assert_eq!(address(addr), format!("000000000000000000000000{one}:01BB"));
    }

    /// This machine's own table: a connection of ours is ours.
    #[cfg(target_os = "linux")]
    #[test]
    fn a_connection_of_this_process_is_this_users() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let client = std::net::TcpStream::connect(listener.local_addr().unwrap()).unwrap();
        let (_server_side, peer) = listener.accept().unwrap();
        assert_eq!(peer, client.local_addr().unwrap());
        assert_eq!(
            same_user(listener.local_addr().unwrap(), &[peer]),
            Some(vec![true])
        );
    }
}
